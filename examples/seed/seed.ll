; The user's worked example (shared/seeds/000), written as the IR a Vale-like
; front end emits without optimization: every local is an alloca, interface
; references are fat pointers {object, itable}, and `launch` is reached through
; the itable. `println` is external; `factorial` is recursive.
;
;   func triple(x int) int { return x * 3; }
;   func factorial(z int) { if z < 2 { 1 } else { z * factorial(z - 1) } }
;   interface IShip { func launch(self &IShip); }
;   struct Spaceship { }  impl IShip for Spaceship;
;   func launch(self &Spaceship) { println("Launching!"); }
;   exported func main() {
;     x = 2; z = triple(x); f = factorial(x);
;     if f < 10 { ship = ^Spaceship(); ship.launch(); }
;   }
source_filename = "seed.vale"

%IShip.itable = type { ptr }
%IShipRef = type { ptr, ptr }

@IShip.itable.Spaceship = constant %IShip.itable { ptr @Spaceship.launch }
@str.launching = private constant [11 x i8] c"Launching!\00"

declare void @println(ptr)
declare ptr @malloc(i64)

define i64 @triple(i64 %x) {
entry:
  %x.addr = alloca i64, align 8
  store i64 %x, ptr %x.addr, align 8
  %0 = load i64, ptr %x.addr, align 8
  %mul = mul i64 %0, 3
  ret i64 %mul
}

define i64 @factorial(i64 %z) {
entry:
  %z.addr = alloca i64, align 8
  store i64 %z, ptr %z.addr, align 8
  %0 = load i64, ptr %z.addr, align 8
  %lt = icmp slt i64 %0, 2
  br i1 %lt, label %base, label %recurse

base:
  ret i64 1

recurse:
  %1 = load i64, ptr %z.addr, align 8
  %sub = sub i64 %1, 1
  %rec = call i64 @factorial(i64 %sub)
  %2 = load i64, ptr %z.addr, align 8
  %mul = mul i64 %2, %rec
  ret i64 %mul
}

define void @Spaceship.launch(ptr %self) {
entry:
  %self.addr = alloca ptr, align 8
  store ptr %self, ptr %self.addr, align 8
  call void @println(ptr @str.launching)
  ret void
}

define void @main() {
entry:
  %x = alloca i64, align 8
  %z = alloca i64, align 8
  %f = alloca i64, align 8
  %ship = alloca %IShipRef, align 8
  store i64 2, ptr %x, align 8
  %0 = load i64, ptr %x, align 8
  %call.triple = call i64 @triple(i64 %0)
  store i64 %call.triple, ptr %z, align 8
  %1 = load i64, ptr %x, align 8
  %call.fact = call i64 @factorial(i64 %1)
  store i64 %call.fact, ptr %f, align 8
  %2 = load i64, ptr %f, align 8
  %small = icmp slt i64 %2, 10
  br i1 %small, label %launch, label %done

launch:
  %obj = call ptr @malloc(i64 1)
  %ship.obj = getelementptr inbounds %IShipRef, ptr %ship, i32 0, i32 0
  store ptr %obj, ptr %ship.obj, align 8
  %ship.itable = getelementptr inbounds %IShipRef, ptr %ship, i32 0, i32 1
  store ptr @IShip.itable.Spaceship, ptr %ship.itable, align 8
  %itable = load ptr, ptr %ship.itable, align 8
  %slot = getelementptr inbounds %IShip.itable, ptr %itable, i32 0, i32 0
  %fn = load ptr, ptr %slot, align 8
  %self = load ptr, ptr %ship.obj, align 8
  call void %fn(ptr %self)
  br label %done

done:
  ret void
}
