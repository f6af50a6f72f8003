/** The plan list, the new-plan form, a plan with its history and before/after, and the dashboard's plan panel. */
@NullMarked
package com.dealercsi.plans.ui;

import org.jspecify.annotations.NullMarked;
