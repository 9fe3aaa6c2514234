import { defineMessages } from "../../define";

/** Admin: own account. */
export const accountMessages = defineMessages({
  vi: {
    accountTitle: "Tài khoản của tôi",
    changePasswordTitle: "Đổi mật khẩu",
    currentPassword: "Mật khẩu hiện tại",
    changePasswordSubmit: "Đổi mật khẩu",
    passwordChanged: "Đã đổi mật khẩu; các phiên đăng nhập khác đã bị đăng xuất.",
    secondFactorOffIntro: "Xác thực hai bước: ngoài mật khẩu, mỗi lần đăng nhập cần thêm mã từ ứng dụng trên điện thoại.",
    secondFactorRequiredIntro: "Quản trị viên yêu cầu tài khoản này dùng xác thực hai bước; hãy cài đặt ngay.",
    startSecondFactorSubmit: "Bật xác thực hai bước",
    secondFactorEnabled: "Đã bật xác thực hai bước.",
    disableSecondFactorSubmit: "Tắt xác thực hai bước",
    secondFactorDisabled: "Đã tắt xác thực hai bước.",
  },
  en: {
    accountTitle: "My account",
    changePasswordTitle: "Change the password",
    currentPassword: "Current password",
    changePasswordSubmit: "Change the password",
    passwordChanged: "The password is changed; your other sessions were signed out.",
    secondFactorOffIntro: "Two-factor sign-in: besides the password, each sign-in asks for a code from an app on your phone.",
    secondFactorRequiredIntro: "An administrator requires this account to use two-factor sign-in; please set it up now.",
    startSecondFactorSubmit: "Turn on two-factor sign-in",
    secondFactorEnabled: "Two-factor sign-in is on.",
    disableSecondFactorSubmit: "Turn off two-factor sign-in",
    secondFactorDisabled: "Two-factor sign-in is off.",
  },
});
