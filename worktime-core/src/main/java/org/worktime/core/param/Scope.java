package org.worktime.core.param;

import java.util.OptionalInt;

/**
 * To which workplaces a parameter row applies: every one ({@code *}), or a regular-headcount band such as
 * {@code headcount:5-49} or {@code headcount:300-} (bounds inclusive, upper bound optional).
 */
public record Scope(int minHeadcount, int maxHeadcount) {

    public static final Scope ALL = new Scope(0, Integer.MAX_VALUE);

    public static Scope parse(String text) {
        String s = text.trim();
        if (s.equals("*")) {
            return ALL;
        }
        if (!s.startsWith("headcount:")) {
            throw new IllegalArgumentException("Unknown scope '" + s + "': expected * or headcount:MIN-MAX");
        }
        String band = s.substring("headcount:".length());
        int dash = band.indexOf('-');
        if (dash < 0) {
            throw new IllegalArgumentException("Scope '" + s + "' needs a dash: headcount:MIN-MAX or headcount:MIN-");
        }
        int min = Integer.parseInt(band.substring(0, dash).trim());
        String maxText = band.substring(dash + 1).trim();
        int max = maxText.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(maxText);
        if (max < min) {
            throw new IllegalArgumentException("Scope '" + s + "' has its bounds reversed");
        }
        return new Scope(min, max);
    }

    /** Whether a workplace of this headcount falls in the scope; an unknown headcount matches only {@link #ALL}. */
    public boolean matches(OptionalInt headcount) {
        if (this.equals(ALL)) {
            return true;
        }
        return headcount.isPresent() && headcount.getAsInt() >= minHeadcount && headcount.getAsInt() <= maxHeadcount;
    }

    public boolean isBand() {
        return !this.equals(ALL);
    }

    @Override
    public String toString() {
        if (equals(ALL)) {
            return "*";
        }
        return "headcount:" + minHeadcount + "-" + (maxHeadcount == Integer.MAX_VALUE ? "" : String.valueOf(maxHeadcount));
    }
}
