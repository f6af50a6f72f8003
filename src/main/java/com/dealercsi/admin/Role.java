package com.dealercsi.admin;

/** What a member of staff may do; a user may hold several. */
public enum Role {
    ADMIN,
    GROUP_MANAGER,
    GENERAL_MANAGER,
    /** After-sales / service manager (售后经理). */
    STORE_MANAGER,
    /** Customer-service manager (客服经理). */
    CUSTOMER_SERVICE_MANAGER,
    /** Customer-service specialist (客服专员). */
    CUSTOMER_SERVICE,
    ADVISOR
}
