package org.climatecity.core.id;

/** Digit checks for the code types. */
final class Digits {

    private Digits() {
    }

    static boolean all(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
