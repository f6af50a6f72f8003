package com.dealercsi.demo;

import com.dealercsi.demo.ui.MailboxView;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The Mailbox page exists only where the mail catcher does: in the demo profile. */
@Component
@Profile("demo")
class DemoRoutes implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration.forApplicationScope().setRoute("mailbox", MailboxView.class);
    }
}
