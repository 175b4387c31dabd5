package org.maestroperf.deploy.validator.schema;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.everit.json.schema.loader.SchemaClient;

/**
 * How a schema's {@code $ref} to another document is read: from the schema locations the user
 * named, and from nowhere else. Everit's own client would fetch any URL or file a schema names,
 * and validate promises to work offline; a reference outside the locations is {@link Refused}.
 */
final class ReferenceClient implements SchemaClient {

    /** A {@code $ref} to a document outside every schema location. */
    static final class Refused extends RuntimeException {
        Refused(String document) {
            super(document, null, false, false);
        }

        /** The document, as a path when it is a file. */
        String document() {
            return getMessage();
        }
    }

    private final List<SchemaSource> sources;
    private final boolean strict;

    ReferenceClient(List<SchemaSource> sources, boolean strict) {
        this.sources = sources;
        this.strict = strict;
    }

    @Override
    public InputStream get(String url) {
        URI document = withoutFragment(url);
        for (SchemaSource source : sources) {
            String text = source.follow(document);
            if (text != null) {
                String prepared = strict ? text : SchemaRegistry.prepare(text, false).toString();
                return new ByteArrayInputStream(prepared.getBytes(StandardCharsets.UTF_8));
            }
        }
        throw new Refused("file".equals(document.getScheme()) ? Path.of(document).normalize().toString() : document.toString());
    }

    private static URI withoutFragment(String url) {
        try {
            URI uri = new URI(url);
            return new URI(uri.getScheme(), uri.getSchemeSpecificPart(), null);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new Refused(url);
        }
    }
}
