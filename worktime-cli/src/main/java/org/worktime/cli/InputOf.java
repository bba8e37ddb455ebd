package org.worktime.cli;

import java.util.Locale;
import org.worktime.io.read.InputException;

/** An input's problems, told apart from the dataset's: "cannot read the parameter file:" rather than "the dataset". */
final class InputOf extends Exception {

    /** What the input is: dataset, input, parameter file or policy file. */
    final String what;

    InputOf(String what, InputException cause) {
        super(cause.getMessage(), cause);
        this.what = what;
    }

    @Override
    public synchronized InputException getCause() {
        return (InputException) super.getCause();
    }

    /** The select keyword of the catalog's "cannot read the ..." for what an input is: {@code policy file} is {@code policy_file}. */
    static String code(String what) {
        return what == null ? "input" : what.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
    }
}
