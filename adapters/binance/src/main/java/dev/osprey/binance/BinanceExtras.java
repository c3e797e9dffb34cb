package dev.osprey.binance;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import org.knowm.xchange.binance.dto.BinanceException;
import si.mazi.rescu.ParamsDigest;
import si.mazi.rescu.SynchronizedValueFactory;

/**
 * The few Binance endpoints XChange 5.2.4's {@code BinanceAuthenticated} lacks or cannot call the way we must,
 * declared the same way (rescu, same transport, same {@link BinanceException} on refusal):
 * <ul>
 * <li>exchangeInfo for named symbols: XChange's {@code exchangeInfo()} has no {@code symbols} parameter (mainnet's
 * full answer is megabytes) and its {@code Filter} drops {@code maxNumOrders} and the PERCENT_PRICE_BY_SIDE
 * multipliers, which our pre-trade checks use;</li>
 * <li>query and cancel by client order id alone: XChange's {@code orderStatus}/{@code cancelOrder} take a
 * primitive {@code orderId}, so they always send {@code orderId=0}, and Binance lets orderId win. After a timeout
 * we know only our own id, and a query for order 0 would wrongly say "no such order";</li>
 * <li>{@code /sapi/v1/account/apiRestrictions}: not in XChange at all;</li>
 * <li>{@code /api/v3/account/commission}: XChange has only the wallet's {@code /sapi/v1/asset/tradeFee}
 * ({@code getTradeFee}), which carries no BNB discount and which the spot testnet does not serve.</li>
 * </ul>
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public interface BinanceExtras {

    @GET
    @Path("api/v3/exchangeInfo")
    JsonNode exchangeInfo(@QueryParam("symbol") String symbol, @QueryParam("symbols") String symbols)
            throws IOException, BinanceException;

    @GET
    @Path("api/v3/order")
    JsonNode orderByClientId(@QueryParam("symbol") String symbol,
                             @QueryParam("origClientOrderId") String origClientOrderId,
                             @QueryParam("recvWindow") Long recvWindow,
                             @QueryParam("timestamp") SynchronizedValueFactory<Long> timestamp,
                             @HeaderParam("X-MBX-APIKEY") String apiKey,
                             @QueryParam("signature") ParamsDigest signature) throws IOException, BinanceException;

    @DELETE
    @Path("api/v3/order")
    JsonNode cancelByClientId(@QueryParam("symbol") String symbol,
                              @QueryParam("origClientOrderId") String origClientOrderId,
                              @QueryParam("recvWindow") Long recvWindow,
                              @QueryParam("timestamp") SynchronizedValueFactory<Long> timestamp,
                              @HeaderParam("X-MBX-APIKEY") String apiKey,
                              @QueryParam("signature") ParamsDigest signature) throws IOException, BinanceException;

    @GET
    @Path("sapi/v1/account/apiRestrictions")
    JsonNode apiRestrictions(@QueryParam("recvWindow") Long recvWindow,
                             @QueryParam("timestamp") SynchronizedValueFactory<Long> timestamp,
                             @HeaderParam("X-MBX-APIKEY") String apiKey,
                             @QueryParam("signature") ParamsDigest signature) throws IOException, BinanceException;

    @GET
    @Path("api/v3/account/commission")
    JsonNode commission(@QueryParam("symbol") String symbol,
                        @QueryParam("recvWindow") Long recvWindow,
                        @QueryParam("timestamp") SynchronizedValueFactory<Long> timestamp,
                        @HeaderParam("X-MBX-APIKEY") String apiKey,
                        @QueryParam("signature") ParamsDigest signature) throws IOException, BinanceException;
}
