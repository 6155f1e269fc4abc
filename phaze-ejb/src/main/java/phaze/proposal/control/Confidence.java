package phaze.proposal.control;

/**
 * Turns the facts behind a proposal into a confidence in 0..1. Calibrated so that only names whose
 * essential fields come from tags (or from the file name confirmed by tags) reach the bulk-approval
 * threshold of 0.90; a complete, clean file name alone lands in 0.80-0.89; guesses stay below 0.6.
 */
final class Confidence {

    static final double UNSURE = 0.2;
    private static final double CEILING = 0.98;
    private static final double FLOOR = 0.05;

    private Confidence() {
    }

    static double performance(RecordingKind kind, FactSheet sheet, boolean explicitlyLive) {
        double event = sheet.has(NameField.EVENT)
                ? Math.max(weight(sheet.get(NameField.EVENT)), sheet.has(NameField.FESTIVAL)
                        || sheet.has(NameField.SHOW) ? 0.9 : 0)
                : kind == RecordingKind.ARTIST_SET ? 0.4 : 0;
        double score = 0.35 * weight(sheet.get(NameField.ARTIST)) + 0.30 * event
                + 0.25 * dateScore(sheet) + 0.10 * (explicitlyLive ? 1.0 : 0.5);
        return finish(score, sheet);
    }

    static double track(RecordingKind kind, FactSheet sheet) {
        double album = sheet.has(NameField.ALBUM) ? weight(sheet.get(NameField.ALBUM)) : 0.6;
        double track = sheet.has(NameField.TRACK) ? weight(sheet.get(NameField.TRACK)) : 0.5;
        double score = 0.35 * weight(sheet.get(NameField.ARTIST)) + 0.35 * weight(sheet.get(NameField.TITLE))
                + 0.15 * album + 0.15 * track;
        return finish(score, sheet);
    }

    static double taper(boolean bandKnown, boolean tagPresent, boolean tagConfirms) {
        if (tagConfirms) {
            return 0.95;
        }
        if (bandKnown) {
            return 0.9;
        }
        return tagPresent ? 0.8 : 0.55;
    }

    private static double finish(double score, FactSheet sheet) {
        Fact artist = sheet.get(NameField.ARTIST);
        if (artist != null && artist.corroborated()) {
            score += 0.04;
        }
        score *= sheet.penalty();
        return round(Math.max(FLOOR, Math.min(CEILING, score)));
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static double dateScore(FactSheet sheet) {
        Fact date = sheet.get(NameField.DATE);
        if (date == null) {
            return 0.2;
        }
        long known = date.value().chars().filter(Character::isDigit).count();
        double completeness = known >= 8 ? 1.0 : known >= 6 ? 0.75 : known >= 4 ? 0.55 : 0.2;
        return completeness * weight(date);
    }

    static double weight(Fact fact) {
        if (fact == null) {
            return 0;
        }
        if (fact.corroborated()) {
            return 1.0;
        }
        return switch (fact.provenance()) {
            case TAG, TRACKLIST, KEPT -> 1.0;
            case KNOWN_EVENT -> 0.95;
            case FILENAME, COMPANION -> 0.85;
            case LEARNED_CONVENTION -> 0.8;
            case FOLDER -> 0.75;
        };
    }
}
