package dev.osprey.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReplaySpeedTest {

    @ParameterizedTest
    @CsvSource({"max,max", "MAX,max", "1x,1x", "10,10x", "2.5x,2.5x", " 100x ,100x"})
    void whenSpeedTyped_thenReadAsThatMultiple(String typed, String shown) {
        // Act
        ReplaySpeed speed = ReplaySpeed.parse(typed);

        // Assert
        assertEquals(shown, speed.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-2x", "fast", "", "NaN"})
    void whenSpeedIsNotAPositiveMultiple_thenRefusedWithHint(String typed) {
        // Act
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReplaySpeed.parse(typed));

        // Assert
        assertTrue(e.getMessage().contains("replay speed must be"), e.getMessage());
    }
}
