export { fixedClock, formatShanghai, offsetClock, shanghaiDay, shanghaiDayRange, systemClock, type Clock } from "./clock";
