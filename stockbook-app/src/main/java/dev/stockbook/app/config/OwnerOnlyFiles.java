package dev.stockbook.app.config;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only their owner may read (master key, config with secrets), written whole or not at all:
 * the text goes to a temporary file created {@code 0600} in the same folder, then takes the final
 * name in one rename, so no other user ever sees the content and no reader sees half of it.
 */
public final class OwnerOnlyFiles {
  private OwnerOnlyFiles() {}

  /** Writes {@code text} to {@code file}, replacing what was there. */
  public static void write(Path file, String text) throws IOException {
    Path tmp = temporary(file, text);
    try {
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Creates {@code file} with {@code text} unless it exists; false when another process created it
   * first (its content wins).
   */
  public static boolean create(Path file, String text) throws IOException {
    Path tmp = temporary(file, text);
    try {
      Files.createLink(file, tmp);
      return true;
    } catch (FileAlreadyExistsException other) {
      return false;
    } catch (UnsupportedOperationException noLinks) {
      if (Files.exists(file)) {
        return false;
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
      return true;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Whether only the owner may read and write {@code file} (true where POSIX modes do not exist).
   */
  public static boolean isOwnerOnly(Path file) throws IOException {
    try {
      Set<PosixFilePermission> modes = Files.getPosixFilePermissions(file);
      return modes.equals(PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      return true;
    }
  }

  private static Path temporary(Path file, String text) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp;
    try {
      FileAttribute<Set<PosixFilePermission>> ownerOnly =
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
      tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp", ownerOnly);
    } catch (UnsupportedOperationException notPosix) {
      tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
      tmp.toFile().setReadable(false, false);
      tmp.toFile().setReadable(true, true);
    }
    Files.writeString(tmp, text);
    try (var channel = java.nio.channels.FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    return tmp;
  }
}
