package org.gdlab.core.io;

import java.nio.file.Path;

/** A child process for {@link RunFolderLockTest}: locks the folder given, says so, and waits to be killed. */
final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        RunFolderLock lock = RunFolderLock.acquire("--out", Path.of(args[0]));
        System.out.println("locked " + lock.folder());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
