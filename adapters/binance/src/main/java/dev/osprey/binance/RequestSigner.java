package dev.osprey.binance;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import si.mazi.rescu.Params;
import si.mazi.rescu.ParamsDigest;
import si.mazi.rescu.RestInvocation;

/**
 * Signs one XChange (rescu) request with one key, as Binance checks it: over the query string without the
 * signature, followed by the form body of a POST. Ours rather than XChange's digests because those take the
 * secret as a String from the ExchangeSpecification; ours keep it inside {@link BinanceCredentials} (a Mac or a
 * private key built from the vault's wiped char[]) and sign Ed25519 with the JDK. One signer per request, so the
 * key in the header and the key that signed never differ mid-rotation.
 */
final class RequestSigner implements ParamsDigest {
    private final BinanceCredentials credentials;

    RequestSigner(BinanceCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public String digestParams(RestInvocation invocation) {
        return credentials.sign(payload(invocation));
    }

    /** Binance's "totalParams": the query string (signature left out) and then the request body. */
    static String payload(RestInvocation invocation) {
        Params query = Params.of();
        Params declared = invocation.getParamsMap().get(QueryParam.class);
        if (declared != null) {
            for (Map.Entry<String, String> p : declared.asHttpHeaders().entrySet()) {
                if (!"signature".equals(p.getKey())) {
                    query.add(p.getKey(), p.getValue());
                }
            }
        }
        Params form = invocation.getParamsMap().get(FormParam.class);
        String body = form == null || form.isEmpty() ? "" : form.asFormEncodedRequestBody();
        return query.asQueryString() + body;
    }
}
