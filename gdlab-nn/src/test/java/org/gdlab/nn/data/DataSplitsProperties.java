package org.gdlab.nn.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.gdlab.core.matrix.MatrixF32;
import org.gdlab.core.random.RandomStream;

/** Laws of {@link DataSplits#split}: sizes add up, labels keep their order, the train split is centred. */
class DataSplitsProperties {
    @Property(tries = 200)
    void splitsKeepOrderAndCentreTheTrainSplit(@ForAll @IntRange(min = 2, max = 60) int n,
            @ForAll @IntRange(min = 0, max = 1000) int validationDraw, @ForAll @IntRange(min = 0, max = 1000) int trainDraw,
            @ForAll @IntRange(min = 1, max = 5) int features, @ForAll long seed) {
        int validation = validationDraw % n;
        int train = 1 + trainDraw % (n - validation);
        RandomStream random = new RandomStream(seed);
        MatrixF32 x = MatrixF32.zeros(n, features);
        x.mapInPlace(v -> random.uniform());
        int[] labels = new int[n];
        Arrays.setAll(labels, i -> random.nextInt(3));
        SourceData data = new SourceData(new Dataset("p train", x, labels, 3),
                new Dataset("p test", MatrixF32.zeros(1, features), new int[1], 3), List.of());
        DataSplits s = DataSplits.split(new DataConfig(DataSource.parse("mnist"), OptionalInt.of(validation), OptionalInt.of(train), false), data);
        assertArrayEquals(Arrays.copyOfRange(labels, 0, train), s.train().labels());
        assertArrayEquals(Arrays.copyOfRange(labels, n - validation, n), s.validation().labels());
        for (double sum : s.train().inputs().colSums()) {
            assertEquals(0, sum / train, 1e-6);
        }
        for (int j = 0; j < features; j++) {
            assertEquals(-s.mean()[j], s.test().inputs().get(0, j));
            if (validation > 0) {
                assertEquals(x.get(n - 1, j) - s.mean()[j], s.validation().inputs().get(validation - 1, j), 1e-6);
            }
        }
    }
}
