package com.dealercsi.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.security.SecureRandom;
import java.util.Base64;
import org.jsoup.nodes.DataNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Hardens every page Vaadin sends (ADR 0042). With {@code eagerServerLoad} the first response carries
 * the view's state, owners' words and all, as JSON inside an inline {@code <script>}; Vaadin writes it raw, so a
 * {@code </script>} in a survey comment ended the script and the rest ran as HTML. Here every inline script's
 * string literals are escaped for HTML ({@link InlineScriptText}), whatever view or field the data came from.
 * Then each inline script gets this response's nonce, and the response a Content-Security-Policy that allows
 * only those scripts and the app's own files: inline event handlers and foreign scripts do not run.
 *
 * <p>Runs after Vaadin has added its own inline scripts (they are in the document before the listeners are
 * called) and last among our listeners.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class PageHardening implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(PageHardening.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ContentSecurityPolicy policy;

    PageHardening(ContentSecurityPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::harden);
    }

    void harden(IndexHtmlResponse response) {
        var nonce = nonce();
        for (var script : response.getDocument().select("script")) {
            if (!script.hasAttr("src")) {
                var text = script.data();
                var safe = InlineScriptText.safe(text);
                if (InlineScriptText.breaksOutOfHtml(InlineScriptText.escapeStrings(text))) {
                    // cannot come from the state Vaadin writes; if it does, someone must look
                    LOG.error(
                            "Markup outside a string literal in an inline script of {}; it was neutralised",
                            response.getVaadinRequest().getPathInfo());
                }
                if (!safe.equals(text)) {
                    script.empty().appendChild(new DataNode(safe));
                }
            }
            script.attr("nonce", nonce);
        }
        response.getVaadinResponse().setHeader(policy.headerName(), policy.forPage(nonce));
    }

    /** 128 random bits, fresh for every response, so a nonce seen once is no use for another page. */
    private static String nonce() {
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
