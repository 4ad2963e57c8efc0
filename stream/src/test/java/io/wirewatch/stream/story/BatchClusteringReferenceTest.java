package io.wirewatch.stream.story;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class BatchClusteringReferenceTest {

    @Test
    void averageLinkageJoinsNearPairsFirstAndAveragesBetweenClusters() {
        // points 0, 1, 5, 6 on a line: {0,1} and {5,6} at height 1, then the two at the mean of 5, 6, 4, 5 = 5
        double[] x = {0, 1, 5, 6};
        List<BatchClusteringReference.Merge> merges = BatchClusteringReference.averageLinkage(line(x));
        assertEquals(3, merges.size());
        List<Double> heights = merges.stream().map(BatchClusteringReference.Merge::height).sorted().toList();
        assertEquals(List.of(1.0, 1.0, 5.0), heights);
        assertArrayEquals(new int[] {0, 0, 2, 2}, BatchClusteringReference.cut(4, merges, 2.0));
        assertArrayEquals(new int[] {0, 0, 0, 0}, BatchClusteringReference.cut(4, merges, 5.0));
        assertArrayEquals(new int[] {0, 1, 2, 3}, BatchClusteringReference.cut(4, merges, 0.5));
    }

    @Test
    void nearestNeighbourChainGivesTheSameHeightsAsNaiveAverageLinkage() {
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            int n = 3 + random.nextInt(25);
            double[][] d = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    d[i][j] = d[j][i] = random.nextDouble();
                }
            }
            List<Double> naive = naiveHeights(copy(d));
            List<Double> chain = BatchClusteringReference.averageLinkage(copy(d)).stream()
                    .map(BatchClusteringReference.Merge::height).sorted().toList();
            assertEquals(naive.size(), chain.size());
            for (int i = 0; i < naive.size(); i++) assertEquals(naive.get(i), chain.get(i), 1e-9, "round " + round);
        }
    }

    /** Textbook UPGMA: always merge the globally closest pair of clusters, distances averaged over items. */
    private static List<Double> naiveHeights(double[][] d) {
        int n = d.length;
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < n; i++) clusters.add(new ArrayList<>(List.of(i)));
        List<Double> heights = new ArrayList<>();
        while (clusters.size() > 1) {
            double best = Double.POSITIVE_INFINITY;
            int bi = -1, bj = -1;
            for (int i = 0; i < clusters.size(); i++) {
                for (int j = i + 1; j < clusters.size(); j++) {
                    double sum = 0;
                    for (int a : clusters.get(i)) for (int b : clusters.get(j)) sum += d[a][b];
                    double avg = sum / (clusters.get(i).size() * clusters.get(j).size());
                    if (avg < best) {
                        best = avg;
                        bi = i;
                        bj = j;
                    }
                }
            }
            clusters.get(bi).addAll(clusters.remove(bj));
            heights.add(best);
        }
        heights.sort(null);
        return heights;
    }

    private static double[][] line(double[] x) {
        double[][] d = new double[x.length][x.length];
        for (int i = 0; i < x.length; i++) for (int j = 0; j < x.length; j++) d[i][j] = Math.abs(x[i] - x[j]);
        return d;
    }

    private static double[][] copy(double[][] d) {
        double[][] out = new double[d.length][];
        for (int i = 0; i < d.length; i++) out[i] = d[i].clone();
        return out;
    }
}
