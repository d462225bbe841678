package eu.cinema.translation;

import java.util.List;

import eu.cinema.common.DomainException;

/** A translator's file that was refused as a whole, with what is wrong in it, line by line. */
public class TranslationFileException extends DomainException {

    private final transient List<Problem> problems;

    TranslationFileException(List<Problem> problems) {
        super("translation.file.refused", "file", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> getProblems() {
        return problems;
    }

    /** One thing wrong in a file: its line (1 is the header), a message-bundle key and its arguments. */
    public record Problem(long line, String messageKey, Object... arguments) {
    }
}
