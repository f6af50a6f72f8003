package com.dealercsi.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in CNY as every page, mail, history line and export shows them: ¥ and two decimals (¥300.00). */
public final class Money {

    private Money() {}

    public static String cny(BigDecimal amount) {
        return "¥" + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
