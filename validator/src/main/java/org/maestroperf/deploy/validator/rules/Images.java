package org.maestroperf.deploy.validator.rules;

/** Image reference helpers. */
final class Images {

    private Images() {
    }

    /** The tag of an image reference ("" when none; null when pinned by digest). */
    static String tag(String image) {
        if (image.contains("@")) {
            return null;
        }
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        return colon > slash ? image.substring(colon + 1) : "";
    }

    /** latest, edge or no tag at all: the image can change under the same reference. */
    static boolean floating(String image) {
        String tag = tag(image);
        return tag != null && (tag.isEmpty() || tag.equals("latest") || tag.equals("edge"));
    }
}
