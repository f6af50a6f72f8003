/** Registering delivered visits by hand and importing them from a DMS file. */
@NullMarked
package com.dealercsi.visit.ui;

import org.jspecify.annotations.NullMarked;
