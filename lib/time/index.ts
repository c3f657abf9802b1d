export { fixedClock, formatShanghai, formatShanghaiSeconds, isIsoDay, offsetClock, onDemoDay, shanghaiDay, shanghaiDayRange, systemClock, type Clock } from "./clock";
