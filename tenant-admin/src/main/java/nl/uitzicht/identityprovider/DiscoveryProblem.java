package nl.uitzicht.identityprovider;

import java.util.List;

/** Why a provider's discovery failed: a message key for the administrator and its parameters. */
public final class DiscoveryProblem extends RuntimeException {

    private final List<String> params;

    DiscoveryProblem(String messageKey, String... params) {
        super(messageKey);
        this.params = List.of(params);
    }

    public String messageKey() {
        return getMessage();
    }

    public List<String> params() {
        return params;
    }
}
