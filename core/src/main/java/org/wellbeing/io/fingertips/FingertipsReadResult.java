package org.wellbeing.io.fingertips;

import org.wellbeing.io.ReadError;
import org.wellbeing.io.ReadException;

import java.util.List;

/**
 * What reading one Fingertips file gave.
 *
 * @param rows        the rows read; empty when the file was refused
 * @param errors      every error found; with {@link ErrorMode#SKIP_BAD_ROWS} these are the errors of
 *                    the rows left out (a row may have several)
 * @param skippedRows how many rows were left out under {@link ErrorMode#SKIP_BAD_ROWS}
 * @param refused     whether the file as a whole was refused (missing columns, malformed CSV, or any
 *                    error under {@link ErrorMode#REFUSE_FILE})
 */
public record FingertipsReadResult(String file, List<FingertipsRow> rows, List<ReadError> errors,
                                   int skippedRows, boolean refused) {

    public FingertipsReadResult {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    public boolean hasErrors() { return !errors.isEmpty(); }

    /** The rows; throws {@link ReadException} listing the errors when the file was refused. */
    public List<FingertipsRow> rowsOrThrow() {
        if (refused) throw new ReadException(file, errors);
        return rows;
    }

    /** The errors as text: a count, at most 50 lines, then "and N more"; "" when there are none. */
    public String errorReport() {
        return errors.isEmpty() ? "" : ReadException.summary(file, errors);
    }
}
