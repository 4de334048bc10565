package org.wellbeing.web;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import org.wellbeing.audit.checkpoint.Checkpoint;

/**
 * Signed audit checkpoints for clients: every stored evaluation's answer carries the newest checkpoint (at or
 * after its record) in the {@value #HEADER} header, and {@code GET /api/audit/checkpoint} returns it. Keep them:
 * with the public key, any one of them later proves the chain up to it was not rewritten or cut short.
 */
final class CheckpointRoutes {
    static final String HEADER = "Audit-Checkpoint";

    private CheckpointRoutes() {}

    static void register(RoutesConfig routes, Safeguards safeguards) {
        routes.after("/api/evaluations", ctx -> {
            if (ctx.statusCode() == 201) {
                safeguards.checkpoint().get().ifPresent(cp -> ctx.header(HEADER, cp.toHeader()));
            }
        });
        routes.get("/api/audit/checkpoint", ctx -> {
            Checkpoint cp = safeguards.checkpoint().get().orElseThrow(() -> new ApiException(404,
                    "no signed checkpoint: the service runs without a signing key, or nothing was stored since it started"));
            ctx.json(Map.of("sequence", cp.sequence(), "headHash", cp.headHash(), "time", cp.time().toString(),
                    "signature", cp.signature(), "signedText", cp.signedText(), "line", cp.toLine()));
        });
    }
}
