package org.gdlab.nn.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DataConfigTest {
    private static final DataSource SOURCE = DataSource.parse("fashion-mnist");

    @Test
    void defaultsToATenthForValidationAtMost5000AndAllTheRestForTraining() {
        DataConfig config = DataConfig.of(SOURCE);
        assertEquals(OptionalInt.empty(), config.validationSize());
        assertEquals(5000, config.validationSizeFor(60000), "capped: a tenth would be 6000");
        assertEquals(5000, config.validationSizeFor(50000));
        assertEquals(200, config.validationSizeFor(2000), "a 2,000-row file keeps 1,800 for training");
        assertEquals(0, config.validationSizeFor(9));
        assertEquals(OptionalInt.empty(), config.trainSize());
        assertEquals(OptionalInt.of(100), config.withTrainSize(100).trainSize());
        assertEquals(0, config.withValidationSize(0).validationSizeFor(60000));
    }

    @Test
    void badSizesNameTheOption() {
        assertEquals("--validation-size = -1 is not allowed: must be >= 0",
                assertThrows(IllegalArgumentException.class, () -> DataConfig.of(SOURCE).withValidationSize(-1)).getMessage());
        assertEquals("--train-size = 0 is not allowed: must be >= 1",
                assertThrows(IllegalArgumentException.class, () -> DataConfig.of(SOURCE).withTrainSize(0)).getMessage());
        assertEquals("--data = null is not allowed: a data source is required: " + DataSource.forms(),
                assertThrows(IllegalArgumentException.class, () -> DataConfig.of(null)).getMessage());
    }
}
