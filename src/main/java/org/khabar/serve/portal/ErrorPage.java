package org.khabar.serve.portal;

/** What an error page says: never an exception's text, only what the reader can act on. */
public record ErrorPage(int status, String heading, String explanation) {

    public static ErrorPage forStatus(int status, String detail) {
        return switch (status) {
            case 400 -> new ErrorPage(400, "طلب غير صالح",
                    detail == null ? "تعذّر فهم الطلب. تحقّق من الرابط وحاول مرة أخرى." : detail);
            case 404 -> new ErrorPage(404, "الصفحة غير موجودة",
                    "لم نعثر على ما تبحث عنه. ربما حُذف أو تغيّر رابطه.");
            case 405 -> new ErrorPage(405, "طريقة غير مسموح بها", "هذا الرابط لا يقبل هذا النوع من الطلبات.");
            default -> status >= 500
                    ? new ErrorPage(status, "حدث خطأ", "حدث خطأ غير متوقع من جهتنا. حاول مرة أخرى بعد قليل.")
                    : new ErrorPage(status, "تعذّر إتمام الطلب", "تحقّق من الرابط وحاول مرة أخرى.");
        };
    }
}
