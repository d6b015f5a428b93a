package org.khabar.serve;

/** A request parameter the web layer refuses (answered with 400, never a crash). */
public class BadParameter extends RuntimeException {
    private final String parameter;

    public BadParameter(String parameter, String reason) {
        super("parameter '" + parameter + "' " + reason);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
