import { defineMessages } from "../define";

/** What a committee became or came from, who held each post over time, and the quality page's history terms. */
export const history = defineMessages({
  vi: {
    validUntil: (until: string) => `Hoạt động đến ${until}`,
    ceasedNote: (date: string) =>
      `Ủy ban này hoạt động đến ngày ${date}, trước khi sắp xếp đơn vị hành chính. Trang cho thấy những người giữ chức vụ vào ngày cuối cùng đó.`,
    notYetNote: (date: string) => `Ủy ban này được thành lập từ ngày ${date}; vào ngày đã chọn nó chưa tồn tại.`,
    becamePartOf: "Trở thành một phần của",
    formedFrom: "Hình thành từ",
    fromDate: (date: string) => `từ ${date}`,
    successionSource: "Nguồn",
    postHistoryLink: "Những người đã giữ từng chức vụ",
    postHistoryTitle: (name: string) => `Lịch sử các chức vụ: ${name}`,
    postHistoryDescription: (name: string) => `Mọi người đã giữ từng chức vụ của ${name}, theo thời gian, với nguồn của từng nhiệm kỳ.`,
    postHistoryIntro: "Mỗi chức vụ với những người đã giữ, sớm nhất trước. Ngày ghi theo độ chính xác mà nguồn cho biết.",
    postHistoryEmpty: "Chưa ghi nhận ai giữ chức vụ nào của tổ chức này.",
    holderCount: (n: number) => `${n} người`,
    predecessor: "Người tiền nhiệm",
    successor: "Người kế nhiệm",
    backToOrganization: "Về trang tổ chức",
    bodyCeased: (date: string) => `tổ chức kết thúc hoạt động ngày ${date}`,
  },
  en: {
    validUntil: (until: string) => `Active until ${until}`,
    ceasedNote: (date: string) =>
      `This committee was in force until ${date}, before the rearrangement of administrative units. The page shows the holders on that last day.`,
    notYetNote: (date: string) => `This committee was formed on ${date}; it did not exist on the chosen date.`,
    becamePartOf: "Became part of",
    formedFrom: "Formed from",
    fromDate: (date: string) => `from ${date}`,
    successionSource: "Source",
    postHistoryLink: "Everyone who held each post",
    postHistoryTitle: (name: string) => `Post history: ${name}`,
    postHistoryDescription: (name: string) => `Everyone who held each post of ${name}, over time, with the source of every term.`,
    postHistoryIntro: "Each post with the people who held it, the earliest first. Dates are given at the precision the sources give.",
    postHistoryEmpty: "No one is yet recorded in any post of this organisation.",
    holderCount: (n: number) => `${n} ${n === 1 ? "person" : "people"}`,
    predecessor: "Predecessor",
    successor: "Successor",
    backToOrganization: "Back to the organisation",
    bodyCeased: (date: string) => `the body ceased on ${date}`,
  },
});
