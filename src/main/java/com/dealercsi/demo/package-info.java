/** The demo profile: sample store, staff and visits, and a built-in mail catcher with a Mailbox page. */
@NullMarked
package com.dealercsi.demo;

import org.jspecify.annotations.NullMarked;
