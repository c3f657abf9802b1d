export { fixedClock, formatShanghai, formatShanghaiSeconds, isIsoDay, offsetClock, shanghaiDay, shanghaiDayRange, systemClock, type Clock } from "./clock";
