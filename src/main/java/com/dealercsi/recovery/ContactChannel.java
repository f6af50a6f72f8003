package com.dealercsi.recovery;

/** How staff tried to reach the owner. */
public enum ContactChannel {
    PHONE,
    WECHAT,
    SMS,
    EMAIL,
    IN_PERSON
}
