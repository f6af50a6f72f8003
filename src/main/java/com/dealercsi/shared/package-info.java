/** Vocabulary and infrastructure every feature shares: languages, CSI factors, mail, the embedded database. */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package com.dealercsi.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
