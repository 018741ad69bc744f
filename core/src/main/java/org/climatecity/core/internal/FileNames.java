package org.climatecity.core.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Makes file names from data, the one way the library's modules and the tool do: portable names of lowercase ASCII
 * letters, digits and hyphens (and the extension), of bounded length, that no file system reads as a path, a
 * drive, a scheme or a hidden file. Not part of the public API.
 *
 * <p>A text that is already such a name stays readable as it is ({@code 2081}); any other text is shown as its
 * slug followed by a hash of the whole text ({@code lau:FI:091} becomes {@code lau-fi-091-} and twelve hexadecimal
 * digits), so that different texts give different names within a folder, also where the file system ignores case.
 */
public final class FileNames {

    /** The most characters of the data's slug in a name. */
    public static final int MAX_SLUG = 48;

    private FileNames() {
    }

    /**
     * Returns a portable file name for a piece of data.
     *
     * @param prefix what the file holds, lowercase letters, digits and hyphens, such as {@code emissions}; not null
     * @param data the data the file is about, such as a city's identifier; not null
     * @param extension the extension without its dot, such as {@code svg}; not null
     * @return the name, such as {@code emissions-2081.svg}
     */
    public static String of(String prefix, String data, String extension) {
        return prefix + "-" + portable(data) + "." + extension;
    }

    /**
     * Returns the portable form of a text: the text itself if it is a slug of at most {@value #MAX_SLUG}
     * characters, otherwise its slug (letters without accents in lowercase, digits, single hyphens for anything
     * else; cut to {@value #MAX_SLUG} characters) and a hyphen and the first twelve hexadecimal digits of the
     * SHA-256 of its UTF-16 code units; only those digits if no letter or digit is left.
     *
     * @param text the text, not null
     * @return the portable form, never empty
     */
    public static String portable(String text) {
        if (text.length() <= MAX_SLUG && Slugs.isSlug(text)) {
            return text;
        }
        String plain = Normalizer.normalize(text.length() > 4 * MAX_SLUG ? text.substring(0, 4 * MAX_SLUG) : text,
                Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        for (int i = 0; i < plain.length() && slug.length() < MAX_SLUG; i++) {
            char c = plain.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                slug.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && slug.length() > 0
                    && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
        }
        if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
            slug.append('-');
        }
        return slug + hash(text);
    }

    private static String hash(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // each char as it is: an encoding would turn different lone surrogates into the same '?'
            for (int i = 0; i < text.length(); i++) {
                sha.update((byte) (text.charAt(i) >> 8));
                sha.update((byte) text.charAt(i));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every Java platform has SHA-256", e);
        }
    }
}
