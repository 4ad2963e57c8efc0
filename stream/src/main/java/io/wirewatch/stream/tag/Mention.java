package io.wirewatch.stream.tag;

/** A name as written at one place in the article, with the evidence for its type. */
final class Mention {
    final String surface;
    final int start;
    final int end;
    final double weight;
    final double[] votes = new double[4];
    /** Weak default for names without evidence; counted once per entity, not once per mention. */
    final double[] prior = new double[4];
    String canonical;
    boolean gazetteer;
    boolean definiteHead;
    boolean lowConfidence;

    Mention(String surface, int start, int end, double weight) {
        this.surface = surface;
        this.start = start;
        this.end = end;
        this.weight = weight;
    }
}
