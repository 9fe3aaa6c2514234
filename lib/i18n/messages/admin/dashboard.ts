import { defineMessages } from "../../define";

/** Admin: dashboard. */
export const dashboardMessages = defineMessages({
  vi: {
    dashboardTitle: "Tổng quan",
    dashboardIntro: "Ghi một bổ nhiệm, kết thúc nhiệm kỳ hoặc sửa một ghi nhận; mọi thay đổi đều được ghi nhật ký.",
    quickAppoint: "Bổ nhiệm vào chức vụ",
    quickNewPerson: "Thêm cán bộ",
    quickNewOrganization: "Thêm tổ chức",
    recentChanges: "Thay đổi gần đây",
    seeAllChanges: "Xem toàn bộ nhật ký",
  },
  en: {
    dashboardTitle: "Overview",
    dashboardIntro: "Record an appointment, end a term or correct a record; every change is logged.",
    quickAppoint: "Appoint to a post",
    quickNewPerson: "Add a person",
    quickNewOrganization: "Add an organisation",
    recentChanges: "Recent changes",
    seeAllChanges: "See the whole audit log",
  },
});
