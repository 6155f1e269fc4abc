package phaze.agent.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Bearer tokens for agents. The token is shown once; only its SHA-256 is stored, which is
 * enough because a token carries 256 random bits (no dictionary to attack, so no slow hash).
 */
public final class AgentToken {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "phz_";

    private AgentToken() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Cheap shape check so malformed headers are refused without a database round trip. */
    public static boolean wellFormed(String token) {
        return token != null && token.startsWith(PREFIX) && token.length() == PREFIX.length() + 43
                && token.substring(PREFIX.length()).chars().allMatch(c ->
                Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }
}
