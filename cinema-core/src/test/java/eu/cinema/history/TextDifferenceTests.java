package eu.cinema.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import eu.cinema.history.TextDifference.Kind;
import eu.cinema.history.TextDifference.Segment;

class TextDifferenceTests {

    @Test
    void aReplacedWordIsMarkedInsideTheSentence() {
        assertThat(TextDifference.between("Open the old hall in May.", "Open the restored hall in May."))
                .containsExactly(new Segment(Kind.KEPT, "Open the "), new Segment(Kind.REMOVED, "old"),
                        new Segment(Kind.ADDED, "restored"), new Segment(Kind.KEPT, " hall in May."));
    }

    @Test
    void neighbouringChangesSeparatedOnlyBySpaceReadAsOnePhrase() {
        assertThat(TextDifference.between("an old red house", "a new blue house"))
                .containsExactly(new Segment(Kind.REMOVED, "an old red"), new Segment(Kind.ADDED, "a new blue"),
                        new Segment(Kind.KEPT, " house"));
    }

    @Test
    void wordsWithDiacriticsAndCyrillicStayWhole() {
        assertThat(TextDifference.between("Hala Minda, Reșița", "Hala Minda, Reşiţa și Габрово"))
                .containsExactly(new Segment(Kind.KEPT, "Hala Minda, "), new Segment(Kind.REMOVED, "Reșița"),
                        new Segment(Kind.ADDED, "Reşiţa și Габрово"));
    }

    @Test
    void aMissingTextIsAllAddedOrAllRemoved() {
        assertThat(TextDifference.between(null, "New text")).containsExactly(new Segment(Kind.ADDED, "New text"));
        assertThat(TextDifference.between("Old text", null)).containsExactly(new Segment(Kind.REMOVED, "Old text"));
        assertThat(TextDifference.between("Same", "Same")).containsExactly(new Segment(Kind.KEPT, "Same"));
    }
}
