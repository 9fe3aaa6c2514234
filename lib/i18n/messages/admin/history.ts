import { defineMessages } from "../../define";

/** Admin: change history on public pages. */
export const historyMessages = defineMessages({
  vi: {
    historyTitle: "Lịch sử thay đổi",
    historyIntro: "Chỉ người đăng nhập mới thấy mục này.",
    historyEmpty: "Chưa có thay đổi nào qua trang quản trị.",
    retractedTermsTitle: "Nhiệm kỳ đã rút lại",
    editInAdmin: "Sửa trong trang quản trị",
  },
  en: {
    historyTitle: "Change history",
    historyIntro: "Only signed-in users see this.",
    historyEmpty: "No change has been made through the administration yet.",
    retractedTermsTitle: "Retracted terms",
    editInAdmin: "Edit in the administration",
  },
});
