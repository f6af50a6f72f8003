/**
 * How an owner's records are gathered from every feature into an access file, and how erasure and the retention
 * job run every feature's eraser over a set of visits (ADRs 0050, 0051).
 */
@NullMarked
package com.dealercsi.privacy.internal;

import org.jspecify.annotations.NullMarked;
