package org.wellbeing.model;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** The observation's key is made once, from its own components, and its text (the input digest's) is unchanged. */
class ObservationTest {

    static Observation luton() {
        return new Observation("life-expectancy-male", "E06000032", "Luton", "2022/23", "2018-20", "", 78.1,
                77.5, 78.7, null, null, 1200.0, null, "");
    }

    @Test
    void the_key_is_made_from_indicator_area_period_and_breakdown() {
        assertEquals("life-expectancy-male|E06000032|2022/23|", luton().key());
        assertEquals(Observation.keyOf("life-expectancy-male", "E06000032", "2022/23", ""), luton().key());
    }

    @Test
    void a_key_given_to_the_canonical_constructor_is_replaced_by_the_made_one() {
        Observation o = luton();

        Observation withWrongKey = new Observation(o.indicatorId(), o.areaCode(), o.areaName(), o.period(),
                o.timePeriod(), o.breakdown(), o.value(), o.lower95(), o.upper95(), o.lower998(), o.upper998(),
                o.count(), o.denominator(), o.note(), "something else");

        assertEquals(o.key(), withWrongKey.key());
        assertEquals(o, withWrongKey);
    }

    @Test
    void its_text_is_the_record_text_without_the_key_so_input_digests_stay_the_same() {
        assertEquals("Observation[indicatorId=life-expectancy-male, areaCode=E06000032, areaName=Luton, "
                + "period=2022/23, timePeriod=2018-20, breakdown=, value=78.1, lower95=77.5, upper95=78.7, "
                + "lower998=null, upper998=null, count=1200.0, denominator=null, note=]", luton().toString());
    }
}
