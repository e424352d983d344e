; ModuleID = 'ships.6830c26e1475879d-cgu.0'
source_filename = "ships.6830c26e1475879d-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@alloc_613f8cdfb46add71c9865f2954d26742 = private unnamed_addr constant [11 x i8] c"Launching!\00", align 1
@vtable.0 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00", ptr @"_ZN48_$LT$ships..Spaceship$u20$as$u20$ships..Ship$GT$6launch17h75ffb4a79a12a8b5E" }>, align 8
@vtable.1 = private unnamed_addr constant <{ [24 x i8], ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN45_$LT$ships..Rocket$u20$as$u20$ships..Ship$GT$6launch17h5fd0bd6bf6479fb5E" }>, align 8

; <ships::Rocket as ships::Ship>::launch
; Function Attrs: nounwind nonlazybind uwtable
define void @"_ZN45_$LT$ships..Rocket$u20$as$u20$ships..Ship$GT$6launch17h5fd0bd6bf6479fb5E"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(8) %self) unnamed_addr #0 {
start:
  %0 = alloca [8 x i8], align 8
  %buf = alloca [512 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %buf)
  %1 = getelementptr inbounds nuw i8, ptr %buf, i64 1
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(511) %1, i8 0, i64 511, i1 false)
  %_3 = load i64, ptr %self, align 8, !noundef !3
  %2 = trunc i64 %_3 to i8
  store i8 %2, ptr %buf, align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %0)
  store ptr %buf, ptr %0, align 8
  call void asm sideeffect "", "r,~{memory}"(ptr nonnull %0) #4, !srcloc !4
  call void @llvm.lifetime.end.p0(ptr nonnull %0)
  call void @println(ptr noundef nonnull %buf) #4
  call void @llvm.lifetime.end.p0(ptr nonnull %buf)
  ret void
}

; <ships::Spaceship as ships::Ship>::launch
; Function Attrs: nounwind nonlazybind uwtable
define void @"_ZN48_$LT$ships..Spaceship$u20$as$u20$ships..Ship$GT$6launch17h75ffb4a79a12a8b5E"(ptr noalias nonnull readonly align 1 captures(none) %self) unnamed_addr #0 {
start:
  tail call void @println(ptr noundef nonnull @alloc_613f8cdfb46add71c9865f2954d26742) #4
  ret void
}

; Function Attrs: nounwind nonlazybind uwtable
define void @fleet(i64 noundef %stages) unnamed_addr #0 {
start:
  %0 = alloca [16 x i8], align 8
  %rocket = alloca [8 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %rocket)
  store i64 %stages, ptr %rocket, align 8
  %_3 = icmp ugt i64 %stages, 1
  %vtable.1.vtable.0 = select i1 %_3, ptr @vtable.1, ptr @vtable.0
  %rocket. = select i1 %_3, ptr %rocket, ptr inttoptr (i64 1 to ptr)
  call void @llvm.lifetime.start.p0(ptr nonnull %0)
  store ptr %rocket., ptr %0, align 8
  %1 = getelementptr inbounds nuw i8, ptr %0, i64 8
  store ptr %vtable.1.vtable.0, ptr %1, align 8
  call void asm sideeffect "", "r,~{memory}"(ptr nonnull %0) #4, !srcloc !4
  %_6.0 = load ptr, ptr %0, align 8, !nonnull !3, !align !5, !noundef !3
  %_6.1 = load ptr, ptr %1, align 8, !nonnull !3, !align !6, !noundef !3
  call void @llvm.lifetime.end.p0(ptr nonnull %0)
  call void @launch_it(ptr noundef nonnull align 1 %_6.0, ptr noalias noundef nonnull readonly align 8 captures(address, read_provenance) dereferenceable(32) %_6.1) #5
  call void @llvm.lifetime.end.p0(ptr nonnull %rocket)
  ret void
}

; Function Attrs: noinline nounwind nonlazybind uwtable
define void @launch_it(ptr noundef nonnull align 1 %ship.0, ptr noalias noundef readonly align 8 captures(none) dereferenceable(32) %ship.1) unnamed_addr #1 {
start:
  %0 = getelementptr inbounds nuw i8, ptr %ship.1, i64 24
  %1 = load ptr, ptr %0, align 8, !invariant.load !3, !nonnull !3
  tail call void %1(ptr noundef nonnull align 1 %ship.0) #6
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #2

; Function Attrs: nounwind nonlazybind uwtable
declare void @println(ptr noundef) unnamed_addr #0

attributes #0 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { noinline nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind }
attributes #5 = { noinline nounwind }
attributes #6 = { inlinehint nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{}
!4 = !{i64 2757081241865066}
!5 = !{i64 1}
!6 = !{i64 8}
