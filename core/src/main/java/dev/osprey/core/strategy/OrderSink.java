package dev.osprey.core.strategy;

import dev.osprey.core.engine.Command;
import dev.osprey.core.engine.SubmitResult;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Where the executor's orders go: the engine's queue, the same way the ticket's orders go ({@code engine::submit}
 * for new orders, {@code engine::post} for cancels). A rehearsal passes the engine state's own handler instead.
 */
public interface OrderSink {

    /** Queues a new order; a refusal before the queue (the gate is closed, the queue is full) comes back at once. */
    SubmitResult place(Command.PlaceOrder order);

    /** Queues a command that creates no order: a cancel. */
    void post(Command command);

    static OrderSink of(Function<Command.PlaceOrder, SubmitResult> place, Consumer<Command> post) {
        return new OrderSink() {
            @Override
            public SubmitResult place(Command.PlaceOrder order) {
                return place.apply(order);
            }

            @Override
            public void post(Command command) {
                post.accept(command);
            }
        };
    }
}
