package org.gdlab.nn.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DataConfigTest {
    private static final DataSource SOURCE = DataSource.parse("fashion-mnist");

    @Test
    void defaultsToAValidationSetOf5000AndAllTheRestForTraining() {
        DataConfig config = DataConfig.of(SOURCE);
        assertEquals(5000, config.validationSize());
        assertEquals(OptionalInt.empty(), config.trainSize());
        assertEquals(OptionalInt.of(100), config.withTrainSize(100).trainSize());
        assertEquals(0, config.withValidationSize(0).validationSize());
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
