package org.maestroperf.deploy.runner.watch;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.fabric8.kubernetes.client.informers.ResourceEventHandler;

/**
 * Wakes a waiting thread whenever an informer sees a change; the waiter then re-reads the
 * informers' caches. No request is made while nothing changes.
 */
final class Changes {

    private final Semaphore signal = new Semaphore(0);

    <T> ResourceEventHandler<T> handler() {
        return new ResourceEventHandler<>() {
            @Override
            public void onAdd(T obj) {
                signal.release();
            }

            @Override
            public void onUpdate(T oldObj, T newObj) {
                signal.release();
            }

            @Override
            public void onDelete(T obj, boolean deletedFinalStateUnknown) {
                signal.release();
            }
        };
    }

    /** Waits for the next change; false when the deadline passed first. */
    boolean await(Deadline deadline) {
        try {
            boolean changed = signal.tryAcquire(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS);
            signal.drainPermits();
            return changed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunAborted(RunAborted.Reason.INTERRUPTED, "interrupted", List.of());
        }
    }
}
