package io.wirewatch.stream.story;

/**
 * A forty-first set written blind ({@code followups-heldout41/TRUTH.md}), by one of two writers working at the same time
 * while the disclaimers rule ({@link Disclaimers}) was being made, and replayed once after it was fixed: four English
 * stories in American, British, Indian and Kenyan styles (an ethanol train derailment, a building society's payments
 * outage, a leaked recruitment exam, a savings co-operative freezing withdrawals), a market fire told in Yoruba and a
 * bus crash into a gorge told in Amharic; four developments told in new words (a bearing read below its alarm, an
 * expired certificate, a micro-printed code traced to a press, ghost loan accounts), a resignation of 84 words, two long
 * rewrites; six look-alike distractors, three on the same ground (a grain train off the same line, another exam leak in
 * the same city, a minibus overturned on the same road). Floors, not the figures. First replay through the whole
 * pipeline: F1 0.855 (P 0.824, R 0.889), 5/9 developments alerted, 12/13 rewrites silent, the same with the rule and
 * without; three look-alikes (the Yoruba timber market's fire, the Kenyan co-operative's delays, the Amharic minibus)
 * joined the story they resemble, and the exam story's arrests and its chairman's resignation started a story of
 * their own. This engine: F1 0.810. Since an English lead naming only people is not held to the names rule (7 December),
 * the chairman's resignation (its first lines name its writer, "By Arjun Deshwal", and the chairman) joins its story.
 */
class HeldOutFortyFirstSetTest extends BlindSetTest {
    HeldOutFortyFirstSetTest() {
        super("followups-heldout41", new Floors(9, 5, 13, 1, 0.78, 0.78, 0.78, 13));
    }
}
