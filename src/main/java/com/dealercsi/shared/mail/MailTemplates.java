package com.dealercsi.shared.mail;

import com.dealercsi.shared.Language;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders {@code mail/NAME.html} and {@code mail/NAME.txt} with Thymeleaf. Texts come from the app's
 * message bundles ({@code #{key}}), so a mail reads in the recipient's language and escapes what owners typed.
 */
@Component
public class MailTemplates {

    private final TemplateEngine engine = new TemplateEngine();

    MailTemplates(MessageSource messages) {
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
        engine.setMessageResolver(new AbstractMessageResolver() {
            @Override
            public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] args) {
                return messages.getMessage(key, args, context.getLocale());
            }

            @Override
            public String createAbsentMessageRepresentation(
                    ITemplateContext context, Class<?> origin, String key, Object[] args) {
                return "??" + key + "??";
            }
        });
    }

    public MailBody render(String name, Language language, Map<String, ?> variables) {
        var context = new Context(language.locale(), Map.copyOf(variables));
        return new MailBody(engine.process(name + ".html", context), engine.process(name + ".txt", context));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setOrder(order);
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        return resolver;
    }
}
