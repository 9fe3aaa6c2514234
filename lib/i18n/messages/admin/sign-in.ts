import { defineMessages } from "../../define";

/** Admin: sign-in. */
export const signInMessages = defineMessages({
  vi: {
    loginTitle: "Đăng nhập quản trị",
    loginIntro: "Dành cho cán bộ cập nhật danh bạ. Người đọc không cần đăng nhập.",
    username: "Tên đăng nhập",
    password: "Mật khẩu",
    signIn: "Đăng nhập",
    signingIn: "Đang đăng nhập…",
    loginInvalid: "Tên đăng nhập hoặc mật khẩu không đúng.",
    loginThrottled: (minutes: number) => `Đăng nhập sai quá nhiều lần. Vì an toàn, vui lòng thử lại sau ${minutes} phút.`,
    signedOut: "Bạn đã đăng xuất.",
  },
  en: {
    loginTitle: "Administration sign-in",
    loginIntro: "For staff who keep the directory up to date. Readers do not need to sign in.",
    username: "Username",
    password: "Password",
    signIn: "Sign in",
    signingIn: "Signing in…",
    loginInvalid: "The username or password is wrong.",
    loginThrottled: (minutes: number) =>
      `Too many failed sign-ins. For safety, please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    signedOut: "You have signed out.",
  },
});
