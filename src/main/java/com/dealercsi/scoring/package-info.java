/** Turns an answer into factor scores and a 1000-point CSI, by the brief's formula. */
@NullMarked
package com.dealercsi.scoring;

import org.jspecify.annotations.NullMarked;
