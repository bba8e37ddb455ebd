package org.worktime.cli;

import org.worktime.io.read.InputException;

/** An input's problems, told apart from the dataset's: "cannot read the parameter file:" rather than "the dataset". */
final class InputOf extends Exception {

    final String what;

    InputOf(String what, InputException cause) {
        super(cause.getMessage(), cause);
        this.what = what;
    }

    @Override
    public synchronized InputException getCause() {
        return (InputException) super.getCause();
    }
}
