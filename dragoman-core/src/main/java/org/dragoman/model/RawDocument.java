package org.dragoman.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A document as a source read it: decoded content, its format, its origin and any given metadata.
 */
public record RawDocument(Origin origin, Format format, String content, GivenMetadata given) {
  public RawDocument {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(content, "content");
    given = given == null ? GivenMetadata.NONE : given;
  }

  /** The stable id: the given id, else the first 16 hex digits of the content's SHA-256. */
  public String id() {
    if (given.id() != null && !given.id().isBlank()) {
      return given.id();
    }
    return contentHash(content);
  }

  public static String contentHash(String content) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest(content.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
