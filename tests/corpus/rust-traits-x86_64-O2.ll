; ModuleID = 'traits.ad332f50e6e58fd4-cgu.0'
source_filename = "traits.ad332f50e6e58fd4-cgu.0"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"alloc::boxed::Box<dyn Shape>" = type { %"core::ptr::unique::Unique<dyn Shape>", %"alloc::alloc::Global" }
%"core::ptr::unique::Unique<dyn Shape>" = type { %"core::ptr::non_null::NonNull<dyn Shape>", %"core::marker::PhantomData<dyn Shape>" }
%"core::ptr::non_null::NonNull<dyn Shape>" = type { { ptr, ptr } }
%"core::marker::PhantomData<dyn Shape>" = type {}
%"alloc::alloc::Global" = type {}
%"alloc::string::String" = type { %"alloc::vec::Vec<u8>" }
%"alloc::vec::Vec<u8>" = type { %"alloc::raw_vec::RawVec<u8>", i64 }
%"alloc::raw_vec::RawVec<u8>" = type { %"alloc::raw_vec::RawVecInner", %"core::marker::PhantomData<u8>" }
%"alloc::raw_vec::RawVecInner" = type { i64, ptr, %"alloc::alloc::Global" }
%"core::marker::PhantomData<u8>" = type {}

@alloc_e82bcd78f4aa5564205d94713296618f = private unnamed_addr constant [4 x i8] c"rect", align 1
@alloc_ca59c8423b154286c555d94da8d8855a = private unnamed_addr constant [6 x i8] c"circle", align 1
@vtable.0 = private unnamed_addr constant <{ [24 x i8], ptr, ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17h3fee6958e2392996E", ptr @"_ZN6traits10make_adder28_$u7b$$u7b$closure$u7d$$u7d$17h81941271ff2728e2E", ptr @"_ZN6traits10make_adder28_$u7b$$u7b$closure$u7d$$u7d$17h81941271ff2728e2E" }>, align 8
@vtable.1 = private unnamed_addr constant <{ [24 x i8], ptr, ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN48_$LT$traits..Circle$u20$as$u20$traits..Shape$GT$4area17h11820482fff7c743E", ptr @"_ZN48_$LT$traits..Circle$u20$as$u20$traits..Shape$GT$4name17h3316672f43f316f5E", ptr @"_ZN48_$LT$traits..Circle$u20$as$u20$traits..Shape$GT$5scale17hf3d9ff0027fd6fb1E" }>, align 8
@vtable.2 = private unnamed_addr constant <{ [24 x i8], ptr, ptr, ptr }> <{ [24 x i8] c"\00\00\00\00\00\00\00\00\10\00\00\00\00\00\00\00\08\00\00\00\00\00\00\00", ptr @"_ZN46_$LT$traits..Rect$u20$as$u20$traits..Shape$GT$4area17ha36242534e999788E", ptr @"_ZN46_$LT$traits..Rect$u20$as$u20$traits..Shape$GT$4name17h846495ed59fdd634E", ptr @"_ZN46_$LT$traits..Rect$u20$as$u20$traits..Shape$GT$5scale17h11c4764ed58d5c5aE" }>, align 8

; <traits::Rect as traits::Shape>::area
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define internal noundef double @"_ZN46_$LT$traits..Rect$u20$as$u20$traits..Shape$GT$4area17ha36242534e999788E"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(16) %self) unnamed_addr #0 {
start:
  %_2 = load double, ptr %self, align 8, !noundef !3
  %0 = getelementptr inbounds nuw i8, ptr %self, i64 8
  %_3 = load double, ptr %0, align 8, !noundef !3
  %_0 = fmul double %_2, %_3
  ret double %_0
}

; <traits::Rect as traits::Shape>::name
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable
define internal { ptr, i64 } @"_ZN46_$LT$traits..Rect$u20$as$u20$traits..Shape$GT$4name17h846495ed59fdd634E"(ptr noalias readonly align 8 captures(none) %self) unnamed_addr #1 {
start:
  ret { ptr, i64 } { ptr @alloc_e82bcd78f4aa5564205d94713296618f, i64 4 }
}

; <traits::Rect as traits::Shape>::scale
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: readwrite) uwtable
define internal void @"_ZN46_$LT$traits..Rect$u20$as$u20$traits..Shape$GT$5scale17h11c4764ed58d5c5aE"(ptr noalias noundef align 8 captures(none) dereferenceable(16) %self, double noundef %k) unnamed_addr #2 {
start:
  %0 = load double, ptr %self, align 8, !noundef !3
  %1 = fmul double %k, %0
  store double %1, ptr %self, align 8
  %2 = getelementptr inbounds nuw i8, ptr %self, i64 8
  %3 = load double, ptr %2, align 8, !noundef !3
  %4 = fmul double %k, %3
  store double %4, ptr %2, align 8
  ret void
}

; <traits::Circle as traits::Shape>::area
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define internal noundef double @"_ZN48_$LT$traits..Circle$u20$as$u20$traits..Shape$GT$4area17h11820482fff7c743E"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(8) %self) unnamed_addr #0 {
start:
  %_3 = load double, ptr %self, align 8, !noundef !3
  %_2 = fmul double %_3, 0x400921FB54442D18
  %_0 = fmul double %_3, %_2
  ret double %_0
}

; <traits::Circle as traits::Shape>::name
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable
define internal { ptr, i64 } @"_ZN48_$LT$traits..Circle$u20$as$u20$traits..Shape$GT$4name17h3316672f43f316f5E"(ptr noalias readonly align 8 captures(none) %self) unnamed_addr #1 {
start:
  ret { ptr, i64 } { ptr @alloc_ca59c8423b154286c555d94da8d8855a, i64 6 }
}

; <traits::Circle as traits::Shape>::scale
; Function Attrs: mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: readwrite) uwtable
define internal void @"_ZN48_$LT$traits..Circle$u20$as$u20$traits..Shape$GT$5scale17hf3d9ff0027fd6fb1E"(ptr noalias noundef align 8 captures(none) dereferenceable(8) %self, double noundef %k) unnamed_addr #2 {
start:
  %0 = load double, ptr %self, align 8, !noundef !3
  %1 = fmul double %k, %0
  store double %1, ptr %self, align 8
  ret void
}

; core::ops::function::FnOnce::call_once{{vtable.shim}}
; Function Attrs: inlinehint mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define internal noundef i64 @"_ZN4core3ops8function6FnOnce40call_once$u7b$$u7b$vtable.shim$u7d$$u7d$17h3fee6958e2392996E"(ptr noundef readonly captures(none) %_1, i64 noundef %0) unnamed_addr #3 personality ptr @rust_eh_personality {
start:
  %1 = load i64, ptr %_1, align 8, !noundef !3
  %_0.i.i = add i64 %1, %0
  ret i64 %_0.i.i
}

; core::ptr::drop_in_place<alloc::boxed::Box<dyn traits::Shape>>
; Function Attrs: nonlazybind uwtable
define internal fastcc void @"_ZN4core3ptr67drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$GT$17hfe18cd51e5624be8E"(ptr noalias noundef nonnull readonly align 8 captures(none) dereferenceable(16) %_1) unnamed_addr #4 personality ptr @rust_eh_personality {
start:
  %0 = getelementptr inbounds nuw i8, ptr %_1, i64 8
  %_6.1 = load ptr, ptr %0, align 8, !nonnull !3, !align !4, !noundef !3
  %1 = load ptr, ptr %_6.1, align 8, !invariant.load !3
  %.not = icmp eq ptr %1, null
  br i1 %.not, label %bb3, label %is_not_null

is_not_null:                                      ; preds = %start
  %_6.0 = load ptr, ptr %_1, align 8, !nonnull !3, !noundef !3
  invoke void %1(ptr noundef nonnull %_6.0)
          to label %bb3 unwind label %cleanup

bb3:                                              ; preds = %is_not_null, %start
  tail call void @llvm.experimental.noalias.scope.decl(metadata !5)
  %2 = getelementptr inbounds nuw i8, ptr %_6.1, i64 8
  %3 = load i64, ptr %2, align 8, !range !8, !invariant.load !3, !noalias !5
  %4 = icmp eq i64 %3, 0
  br i1 %4, label %"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17ha08770770516fd1bE.exit", label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i: ; preds = %bb3
  %5 = getelementptr inbounds nuw i8, ptr %_6.1, i64 16
  %6 = load i64, ptr %5, align 8, !range !9, !invariant.load !3, !noalias !5
  %ptr.0.i = load ptr, ptr %_1, align 8, !alias.scope !5, !nonnull !3, !noundef !3
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %ptr.0.i, i64 noundef %3, i64 noundef range(i64 1, -9223372036854775807) %6) #21, !noalias !5
  br label %"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17ha08770770516fd1bE.exit"

"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17ha08770770516fd1bE.exit": ; preds = %bb3, %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i
  ret void

cleanup:                                          ; preds = %is_not_null
  %7 = landingpad { ptr, i32 }
          cleanup
  %8 = getelementptr inbounds nuw i8, ptr %_6.1, i64 8
  %9 = load i64, ptr %8, align 8, !range !8, !invariant.load !3, !noalias !10
  %10 = icmp eq i64 %9, 0
  br i1 %10, label %bb1, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i2

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i2: ; preds = %cleanup
  %11 = getelementptr inbounds nuw i8, ptr %_6.1, i64 16
  %12 = load i64, ptr %11, align 8, !range !9, !invariant.load !3, !noalias !10
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_6.0, i64 noundef %9, i64 noundef range(i64 1, -9223372036854775807) %12) #21, !noalias !10
  br label %bb1

bb1:                                              ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i2, %cleanup
  resume { ptr, i32 } %7
}

; core::ptr::drop_in_place<alloc::vec::Vec<alloc::boxed::Box<dyn traits::Shape>>>
; Function Attrs: nonlazybind uwtable
define internal fastcc void @"_ZN4core3ptr90drop_in_place$LT$alloc..vec..Vec$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$GT$$GT$17h732bf6f2852e8094E"(ptr noalias noundef nonnull readonly align 8 captures(none) dereferenceable(24) %_1) unnamed_addr #4 personality ptr @rust_eh_personality {
start:
  tail call void @llvm.experimental.noalias.scope.decl(metadata !13)
  %0 = getelementptr inbounds nuw i8, ptr %_1, i64 8
  %_5.i = load ptr, ptr %0, align 8, !alias.scope !13, !nonnull !3, !noundef !3
  %1 = getelementptr inbounds nuw i8, ptr %_1, i64 16
  %len.i = load i64, ptr %1, align 8, !alias.scope !13, !noundef !3
  tail call void @llvm.experimental.noalias.scope.decl(metadata !16)
  %_76.i.i = icmp eq i64 %len.i, 0
  br i1 %_76.i.i, label %bb4, label %bb5.i.i

bb5.i.i:                                          ; preds = %start, %"_ZN4core3ptr67drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$GT$17hfe18cd51e5624be8E.exit.i.i"
  %_3.sroa.0.07.i.i = phi i64 [ %2, %"_ZN4core3ptr67drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$GT$17hfe18cd51e5624be8E.exit.i.i" ], [ 0, %start ]
  %_6.i.i = getelementptr inbounds nuw %"alloc::boxed::Box<dyn Shape>", ptr %_5.i, i64 %_3.sroa.0.07.i.i
  %2 = add nuw i64 %_3.sroa.0.07.i.i, 1
  tail call void @llvm.experimental.noalias.scope.decl(metadata !19)
  %3 = getelementptr inbounds nuw i8, ptr %_6.i.i, i64 8
  %_6.1.i.i.i = load ptr, ptr %3, align 8, !alias.scope !22, !noalias !13, !nonnull !3, !align !4, !noundef !3
  %4 = load ptr, ptr %_6.1.i.i.i, align 8, !invariant.load !3, !noalias !23
  %.not.i.i.i = icmp eq ptr %4, null
  br i1 %.not.i.i.i, label %bb3.i.i.i, label %is_not_null.i.i.i

is_not_null.i.i.i:                                ; preds = %bb5.i.i
  %_6.0.i.i.i = load ptr, ptr %_6.i.i, align 8, !alias.scope !22, !noalias !13, !nonnull !3, !noundef !3
  invoke void %4(ptr noundef nonnull %_6.0.i.i.i)
          to label %bb3.i.i.i unwind label %cleanup.i.i.i, !noalias !23

bb3.i.i.i:                                        ; preds = %is_not_null.i.i.i, %bb5.i.i
  tail call void @llvm.experimental.noalias.scope.decl(metadata !24)
  %5 = getelementptr inbounds nuw i8, ptr %_6.1.i.i.i, i64 8
  %6 = load i64, ptr %5, align 8, !range !8, !invariant.load !3, !noalias !27
  %7 = icmp eq i64 %6, 0
  br i1 %7, label %"_ZN4core3ptr67drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$GT$17hfe18cd51e5624be8E.exit.i.i", label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i: ; preds = %bb3.i.i.i
  %8 = getelementptr inbounds nuw i8, ptr %_6.1.i.i.i, i64 16
  %9 = load i64, ptr %8, align 8, !range !9, !invariant.load !3, !noalias !27
  %ptr.0.i.i.i.i = load ptr, ptr %_6.i.i, align 8, !alias.scope !28, !noalias !13, !nonnull !3, !noundef !3
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %ptr.0.i.i.i.i, i64 noundef %6, i64 noundef range(i64 1, -9223372036854775807) %9) #21, !noalias !27
  br label %"_ZN4core3ptr67drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$GT$17hfe18cd51e5624be8E.exit.i.i"

cleanup.i.i.i:                                    ; preds = %is_not_null.i.i.i
  %10 = landingpad { ptr, i32 }
          cleanup
  %11 = getelementptr inbounds nuw i8, ptr %_6.1.i.i.i, i64 8
  %12 = load i64, ptr %11, align 8, !range !8, !invariant.load !3, !noalias !29
  %13 = icmp eq i64 %12, 0
  br i1 %13, label %bb4.i.i.preheader, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i2.i.i.i

bb4.i.i.preheader:                                ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i2.i.i.i, %cleanup.i.i.i
  br label %bb4.i.i

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i2.i.i.i: ; preds = %cleanup.i.i.i
  %14 = getelementptr inbounds nuw i8, ptr %_6.1.i.i.i, i64 16
  %15 = load i64, ptr %14, align 8, !range !9, !invariant.load !3, !noalias !29
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_6.0.i.i.i, i64 noundef %12, i64 noundef range(i64 1, -9223372036854775807) %15) #21, !noalias !29
  br label %bb4.i.i.preheader

"_ZN4core3ptr67drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$GT$17hfe18cd51e5624be8E.exit.i.i": ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator10deallocate.exit.i.i.i.i, %bb3.i.i.i
  %_7.i.i = icmp eq i64 %2, %len.i
  br i1 %_7.i.i, label %bb4, label %bb5.i.i

bb4.i.i:                                          ; preds = %bb4.i.i.preheader, %bb3.i.i
  %_3.sroa.0.1.i.i = phi i64 [ %16, %bb3.i.i ], [ %2, %bb4.i.i.preheader ]
  %_5.i.i = icmp eq i64 %_3.sroa.0.1.i.i, %len.i
  br i1 %_5.i.i, label %cleanup.body, label %bb3.i.i

bb3.i.i:                                          ; preds = %bb4.i.i
  %_4.i.i = getelementptr inbounds nuw %"alloc::boxed::Box<dyn Shape>", ptr %_5.i, i64 %_3.sroa.0.1.i.i
  %16 = add i64 %_3.sroa.0.1.i.i, 1
; invoke core::ptr::drop_in_place<alloc::boxed::Box<dyn traits::Shape>>
  invoke fastcc void @"_ZN4core3ptr67drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$GT$17hfe18cd51e5624be8E"(ptr noalias noundef readonly align 8 dereferenceable(16) %_4.i.i) #22
          to label %bb4.i.i unwind label %terminate.i.i, !noalias !13

terminate.i.i:                                    ; preds = %bb3.i.i
  %17 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #23, !noalias !32
  unreachable

cleanup.body:                                     ; preds = %bb4.i.i
  tail call void @llvm.experimental.noalias.scope.decl(metadata !33)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !36)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !39)
  %self1.i.i.i.i = load i64, ptr %_1, align 8, !range !8, !alias.scope !42, !noalias !45, !noundef !3
  %18 = icmp eq i64 %self1.i.i.i.i, 0
  br i1 %18, label %bb1, label %bb2.i.i.i

bb2.i.i.i:                                        ; preds = %cleanup.body
  %alloc_size.i.i.i.i = shl nuw i64 %self1.i.i.i.i, 4
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_5.i, i64 noundef %alloc_size.i.i.i.i, i64 noundef range(i64 1, -9223372036854775807) 8) #21, !noalias !47
  br label %bb1

bb4:                                              ; preds = %"_ZN4core3ptr67drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$GT$17hfe18cd51e5624be8E.exit.i.i", %start
  tail call void @llvm.experimental.noalias.scope.decl(metadata !48)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !51)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !54)
  %self1.i.i.i.i1 = load i64, ptr %_1, align 8, !range !8, !alias.scope !57, !noalias !60, !noundef !3
  %19 = icmp eq i64 %self1.i.i.i.i1, 0
  br i1 %19, label %"_ZN4core3ptr97drop_in_place$LT$alloc..raw_vec..RawVec$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$GT$$GT$17h266ce8509541489eE.exit5", label %bb2.i.i.i2

bb2.i.i.i2:                                       ; preds = %bb4
  %alloc_size.i.i.i.i3 = shl nuw i64 %self1.i.i.i.i1, 4
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %_5.i, i64 noundef %alloc_size.i.i.i.i3, i64 noundef range(i64 1, -9223372036854775807) 8) #21, !noalias !62
  br label %"_ZN4core3ptr97drop_in_place$LT$alloc..raw_vec..RawVec$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$GT$$GT$17h266ce8509541489eE.exit5"

"_ZN4core3ptr97drop_in_place$LT$alloc..raw_vec..RawVec$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$GT$$GT$17h266ce8509541489eE.exit5": ; preds = %bb4, %bb2.i.i.i2
  ret void

bb1:                                              ; preds = %bb2.i.i.i, %cleanup.body
  resume { ptr, i32 } %10
}

; alloc::raw_vec::RawVecInner<A>::finish_grow
; Function Attrs: cold nounwind nonlazybind uwtable
define internal fastcc void @"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$11finish_grow17h52e376f93f17f723E"(ptr dead_on_unwind noalias noundef nonnull writable writeonly sret([24 x i8]) align 8 captures(none) dereferenceable(24) initializes((0, 8)) %_0, ptr noalias noundef nonnull readonly align 8 captures(none) dereferenceable(16) %self, i64 noundef %cap, i64 noundef range(i64 1, 9) %elem_layout.0, i64 noundef range(i64 1, 17) %elem_layout.1) unnamed_addr #5 {
start:
  %0 = tail call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %elem_layout.1, i64 %cap)
  %_33.0 = extractvalue { i64, i1 } %0, 0
  %_33.1 = extractvalue { i64, i1 } %0, 1
  %_40 = sub nuw i64 -9223372036854775808, %elem_layout.0
  %_38.not = icmp ugt i64 %_33.0, %_40
  %or.cond = select i1 %_33.1, i1 true, i1 %_38.not, !prof !63
  br i1 %or.cond, label %bb11, label %bb15, !prof !63

bb15:                                             ; preds = %start
  %self1.i = load i64, ptr %self, align 8, !range !8, !alias.scope !64, !noalias !67, !noundef !3
  %1 = icmp eq i64 %self1.i, 0
  br i1 %1, label %bb5, label %bb3

bb3:                                              ; preds = %bb15
  %alloc_size.i = mul nuw i64 %self1.i, %elem_layout.1
  %2 = getelementptr inbounds nuw i8, ptr %self, i64 8
  %self3.i = load ptr, ptr %2, align 8, !alias.scope !64, !noalias !67, !nonnull !3, !noundef !3
  %cond.i.i = icmp uge i64 %_33.0, %alloc_size.i
  tail call void @llvm.assume(i1 %cond.i.i)
; call __rustc::__rust_realloc
  %raw_ptr.i.i = tail call noundef ptr @_RNvCsfLfy6EI15iL_7___rustc14___rust_realloc(ptr noundef nonnull %self3.i, i64 noundef %alloc_size.i, i64 noundef range(i64 1, 9) %elem_layout.0, i64 noundef range(i64 0, -9223372036854775808) %_33.0) #21
  br label %bb7

bb5:                                              ; preds = %bb15
  %3 = icmp eq i64 %_33.0, 0
  br i1 %3, label %bb7.thread, label %bb4.i.i9

bb7.thread:                                       ; preds = %bb5
  %data2.i.i = inttoptr i64 %elem_layout.0 to ptr
  br label %bb9

bb4.i.i9:                                         ; preds = %bb5
; call __rustc::__rust_no_alloc_shim_is_unstable_v2
  tail call void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() #21
; call __rustc::__rust_alloc
  %4 = tail call noundef ptr @_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc(i64 noundef range(i64 0, -9223372036854775808) %_33.0, i64 noundef range(i64 1, 9) %elem_layout.0) #21
  br label %bb7

bb7:                                              ; preds = %bb4.i.i9, %bb3
  %raw_ptr.i.i.pn = phi ptr [ %raw_ptr.i.i, %bb3 ], [ %4, %bb4.i.i9 ]
  %5 = icmp eq ptr %raw_ptr.i.i.pn, null
  br i1 %5, label %bb8, label %bb9

bb8:                                              ; preds = %bb7
  %6 = getelementptr inbounds nuw i8, ptr %_0, i64 8
  store i64 %elem_layout.0, ptr %6, align 8
  br label %bb11

bb9:                                              ; preds = %bb7.thread, %bb7
  %raw_ptr.i.i.pn19 = phi ptr [ %data2.i.i, %bb7.thread ], [ %raw_ptr.i.i.pn, %bb7 ]
  %7 = getelementptr inbounds nuw i8, ptr %_0, i64 8
  store ptr %raw_ptr.i.i.pn19, ptr %7, align 8
  br label %bb11

bb11:                                             ; preds = %start, %bb9, %bb8
  %.sink20 = phi i64 [ 16, %bb9 ], [ 16, %bb8 ], [ 8, %start ]
  %_33.0.sink = phi i64 [ %_33.0, %bb9 ], [ %_33.0, %bb8 ], [ 0, %start ]
  %storemerge8 = phi i64 [ 0, %bb9 ], [ 1, %bb8 ], [ 1, %start ]
  %8 = getelementptr inbounds nuw i8, ptr %_0, i64 %.sink20
  store i64 %_33.0.sink, ptr %8, align 8
  store i64 %storemerge8, ptr %_0, align 8
  ret void
}

; alloc::raw_vec::RawVecInner<A>::reserve::do_reserve_and_handle
; Function Attrs: cold nonlazybind uwtable
define internal fastcc void @"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$7reserve21do_reserve_and_handle17h94ef71e4523aef44E"(ptr noalias noundef nonnull align 8 captures(none) dereferenceable(16) %slf, i64 noundef %len, i64 noundef %additional, i64 noundef range(i64 1, 9) %elem_layout.0, i64 noundef range(i64 1, 17) %elem_layout.1) unnamed_addr #6 personality ptr @rust_eh_personality {
start:
  %self3.i = alloca [24 x i8], align 8
  tail call void @llvm.experimental.noalias.scope.decl(metadata !69)
  %_25.0.i = add i64 %additional, %len
  %_25.1.i = icmp ult i64 %_25.0.i, %len
  br i1 %_25.1.i, label %bb2, label %bb9.i

bb9.i:                                            ; preds = %start
  %self5.i = load i64, ptr %slf, align 8, !range !8, !alias.scope !69, !noundef !3
  %v16.i = shl nuw i64 %self5.i, 1
  %_0.sroa.0.0.i.i = tail call noundef i64 @llvm.umax.i64(i64 %_25.0.i, i64 range(i64 0, -1) %v16.i)
  %0 = icmp eq i64 %elem_layout.1, 1
  %v1.sroa.0.0.i = select i1 %0, i64 8, i64 4
  %_0.sroa.0.0.i15.i = tail call noundef i64 @llvm.umax.i64(i64 %_0.sroa.0.0.i.i, i64 range(i64 0, -1) %v1.sroa.0.0.i)
  call void @llvm.lifetime.start.p0(ptr nonnull %self3.i), !noalias !69
; call alloc::raw_vec::RawVecInner<A>::finish_grow
  call fastcc void @"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$11finish_grow17h52e376f93f17f723E"(ptr noalias noundef sret([24 x i8]) align 8 captures(none) dereferenceable(24) %self3.i, ptr noalias noundef nonnull readonly align 8 captures(address, read_provenance) dereferenceable(16) %slf, i64 noundef %_0.sroa.0.0.i15.i, i64 noundef range(i64 1, 9) %elem_layout.0, i64 noundef range(i64 1, 17) %elem_layout.1)
  %_37.i = load i64, ptr %self3.i, align 8, !range !72, !noalias !69, !noundef !3
  %1 = trunc nuw i64 %_37.i to i1
  %2 = getelementptr inbounds nuw i8, ptr %self3.i, i64 8
  br i1 %1, label %bb18.i, label %bb3

bb18.i:                                           ; preds = %bb9.i
  %e.0.i = load i64, ptr %2, align 8, !range !73, !noalias !69, !noundef !3
  %3 = getelementptr inbounds nuw i8, ptr %self3.i, i64 16
  %e.1.i = load i64, ptr %3, align 8, !noalias !69
  call void @llvm.lifetime.end.p0(ptr nonnull %self3.i), !noalias !69
  br label %bb2

bb2:                                              ; preds = %bb18.i, %start
  %_0.sroa.5.0.i.ph = phi i64 [ undef, %start ], [ %e.1.i, %bb18.i ]
  %_0.sroa.0.0.i.ph = phi i64 [ 0, %start ], [ %e.0.i, %bb18.i ]
; call alloc::raw_vec::handle_error
  tail call void @_RNvNtCslNYArtu3iFV_5alloc7raw_vec12handle_error(i64 noundef %_0.sroa.0.0.i.ph, i64 %_0.sroa.5.0.i.ph) #24
  unreachable

bb3:                                              ; preds = %bb9.i
  %v.0.i = load ptr, ptr %2, align 8, !noalias !69, !nonnull !3, !noundef !3
  call void @llvm.lifetime.end.p0(ptr nonnull %self3.i), !noalias !69
  %4 = getelementptr inbounds nuw i8, ptr %slf, i64 8
  store ptr %v.0.i, ptr %4, align 8, !alias.scope !69
  %5 = icmp sgt i64 %_0.sroa.0.0.i15.i, -1
  tail call void @llvm.assume(i1 %5)
  store i64 %_0.sroa.0.0.i15.i, ptr %slf, align 8, !alias.scope !69
  ret void
}

; traits::make_adder
; Function Attrs: nonlazybind uwtable
define { ptr, ptr } @_ZN6traits10make_adder17h7a3caf36b2b6dcd8E(i64 noundef %k) unnamed_addr #4 personality ptr @rust_eh_personality {
start:
; call __rustc::__rust_no_alloc_shim_is_unstable_v2
  tail call void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() #21
; call __rustc::__rust_alloc
  %0 = tail call noundef align 8 dereferenceable_or_null(8) ptr @_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc(i64 noundef range(i64 0, -9223372036854775808) 8, i64 noundef 8) #21
  %1 = icmp eq ptr %0, null
  br i1 %1, label %bb2.i, label %_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit.exit, !prof !74

bb2.i:                                            ; preds = %start
; call alloc::alloc::handle_alloc_error
  tail call void @_RNvNtCslNYArtu3iFV_5alloc5alloc18handle_alloc_error(i64 noundef 8, i64 noundef 8) #24
  unreachable

_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit.exit: ; preds = %start
  store i64 %k, ptr %0, align 8
  %2 = insertvalue { ptr, ptr } poison, ptr %0, 0
  %3 = insertvalue { ptr, ptr } %2, ptr @vtable.0, 1
  ret { ptr, ptr } %3
}

; traits::make_adder::{{closure}}
; Function Attrs: inlinehint mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable
define internal noundef i64 @"_ZN6traits10make_adder28_$u7b$$u7b$closure$u7d$$u7d$17h81941271ff2728e2E"(ptr noalias noundef readonly align 8 captures(none) dereferenceable(8) %_1, i64 noundef %x) unnamed_addr #3 {
start:
  %_3 = load i64, ptr %_1, align 8, !noundef !3
  %_0 = add i64 %_3, %x
  ret i64 %_0
}

; traits::total_area
; Function Attrs: nonlazybind uwtable
define noundef double @_ZN6traits10total_area17h6ee0fcdcfbc410a8E(ptr noalias noundef nonnull readonly align 8 captures(none) %shapes.0, i64 noundef range(i64 0, 576460752303423488) %shapes.1, double noundef %0) unnamed_addr #4 personality ptr @rust_eh_personality {
start:
  %1 = icmp eq i64 %shapes.1, 0
  br i1 %1, label %"_ZN94_$LT$core..slice..iter..IterMut$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17ha442133b69a653ebE.exit", label %bb8.i

bb8.i:                                            ; preds = %start, %bb8.i
  %i.sroa.0.0.i = phi i64 [ %_27.i, %bb8.i ], [ 0, %start ]
  %acc.sroa.0.0.i = phi double [ %_0.i1.i.i, %bb8.i ], [ -0.000000e+00, %start ]
  %_45.i = getelementptr inbounds nuw %"alloc::boxed::Box<dyn Shape>", ptr %shapes.0, i64 %i.sroa.0.0.i
  tail call void @llvm.experimental.noalias.scope.decl(metadata !75)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !78)
  %_10.0.i.i.i = load ptr, ptr %_45.i, align 8, !alias.scope !81, !noalias !82, !nonnull !3, !noundef !3
  %2 = getelementptr inbounds nuw i8, ptr %_45.i, i64 8
  %_10.1.i.i.i = load ptr, ptr %2, align 8, !alias.scope !81, !noalias !82, !nonnull !3, !align !4, !noundef !3
  %3 = getelementptr inbounds nuw i8, ptr %_10.1.i.i.i, i64 40
  %4 = load ptr, ptr %3, align 8, !invariant.load !3, !noalias !87, !nonnull !3
  tail call void %4(ptr noundef nonnull align 1 %_10.0.i.i.i, double noundef %0) #25, !noalias !87
  %5 = getelementptr inbounds nuw i8, ptr %_10.1.i.i.i, i64 24
  %6 = load ptr, ptr %5, align 8, !invariant.load !3, !noalias !87, !nonnull !3
  %_0.i.i.i = tail call noundef double %6(ptr noundef nonnull align 1 %_10.0.i.i.i) #25, !noalias !87
  %_0.i1.i.i = fadd double %acc.sroa.0.0.i, %_0.i.i.i
  %_27.i = add nuw nsw i64 %i.sroa.0.0.i, 1
  %_28.i = icmp eq i64 %_27.i, %shapes.1
  br i1 %_28.i, label %"_ZN94_$LT$core..slice..iter..IterMut$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17ha442133b69a653ebE.exit", label %bb8.i

"_ZN94_$LT$core..slice..iter..IterMut$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17ha442133b69a653ebE.exit": ; preds = %bb8.i, %start
  %_0.sroa.0.0.i = phi double [ -0.000000e+00, %start ], [ %_0.i1.i.i, %bb8.i ]
  ret double %_0.sroa.0.0.i
}

; traits::generic_max
; Function Attrs: nofree noinline norecurse nosync nounwind nonlazybind memory(argmem: read) uwtable
define { i32, float } @_ZN6traits11generic_max17h0666b890b0f5c3e5E(ptr noalias noundef nonnull readonly align 4 captures(address) %v.0, i64 noundef range(i64 0, 2305843009213693952) %v.1) unnamed_addr #7 {
start:
  %_17.idx = shl nuw nsw i64 %v.1, 2
  %_17 = getelementptr inbounds nuw i8, ptr %v.0, i64 %_17.idx
  %_29 = icmp eq i64 %v.1, 0
  br i1 %_29, label %bb6, label %bb14

bb14:                                             ; preds = %start
  %_23 = load float, ptr %v.0, align 4, !noundef !3
  %_465 = icmp eq i64 %v.1, 1
  br i1 %_465, label %bb6, label %bb21.preheader

bb21.preheader:                                   ; preds = %bb14
  %it1.sroa.0.04 = getelementptr inbounds nuw i8, ptr %v.0, i64 4
  %0 = and i64 %v.1, 1
  %lcmp.mod.not.not = icmp eq i64 %0, 0
  br i1 %lcmp.mod.not.not, label %bb21.prol, label %bb21.prol.loopexit

bb21.prol:                                        ; preds = %bb21.preheader
  %_40.prol = load float, ptr %it1.sroa.0.04, align 4, !noundef !3
  %_0.i.prol = fcmp ogt float %_40.prol, %_23
  %m.sroa.0.1.prol = select i1 %_0.i.prol, float %_40.prol, float %_23
  %val2.prol = select i1 %_0.i.prol, float %_40.prol, float %_23
  %it1.sroa.0.0.prol = getelementptr inbounds nuw i8, ptr %v.0, i64 8
  br label %bb21.prol.loopexit

bb21.prol.loopexit:                               ; preds = %bb21.prol, %bb21.preheader
  %val2.lcssa.unr = phi float [ poison, %bb21.preheader ], [ %val2.prol, %bb21.prol ]
  %it1.sroa.0.08.unr = phi ptr [ %it1.sroa.0.04, %bb21.preheader ], [ %it1.sroa.0.0.prol, %bb21.prol ]
  %val37.unr = phi float [ %_23, %bb21.preheader ], [ %val2.prol, %bb21.prol ]
  %m.sroa.0.06.unr = phi float [ %_23, %bb21.preheader ], [ %m.sroa.0.1.prol, %bb21.prol ]
  %1 = icmp eq i64 %v.1, 2
  br i1 %1, label %bb6, label %bb21

bb21:                                             ; preds = %bb21.prol.loopexit, %bb21
  %it1.sroa.0.08 = phi ptr [ %it1.sroa.0.0.1, %bb21 ], [ %it1.sroa.0.08.unr, %bb21.prol.loopexit ]
  %val37 = phi float [ %val2.1, %bb21 ], [ %val37.unr, %bb21.prol.loopexit ]
  %m.sroa.0.06 = phi float [ %m.sroa.0.1.1, %bb21 ], [ %m.sroa.0.06.unr, %bb21.prol.loopexit ]
  %_40 = load float, ptr %it1.sroa.0.08, align 4, !noundef !3
  %_0.i = fcmp ogt float %_40, %m.sroa.0.06
  %m.sroa.0.1 = select i1 %_0.i, float %_40, float %m.sroa.0.06
  %val2 = select i1 %_0.i, float %_40, float %val37
  %it1.sroa.0.0 = getelementptr inbounds nuw i8, ptr %it1.sroa.0.08, i64 4
  %_40.1 = load float, ptr %it1.sroa.0.0, align 4, !noundef !3
  %_0.i.1 = fcmp ogt float %_40.1, %m.sroa.0.1
  %m.sroa.0.1.1 = select i1 %_0.i.1, float %_40.1, float %m.sroa.0.1
  %val2.1 = select i1 %_0.i.1, float %_40.1, float %val2
  %it1.sroa.0.0.1 = getelementptr inbounds nuw i8, ptr %it1.sroa.0.08, i64 8
  %_46.1 = icmp eq ptr %it1.sroa.0.0.1, %_17
  br i1 %_46.1, label %bb6, label %bb21

bb6:                                              ; preds = %bb21.prol.loopexit, %bb21, %bb14, %start
  %_0.sroa.3.0 = phi float [ undef, %start ], [ %_23, %bb14 ], [ %val2.lcssa.unr, %bb21.prol.loopexit ], [ %val2.1, %bb21 ]
  %_0.sroa.0.0 = phi i32 [ 0, %start ], [ 1, %bb14 ], [ 1, %bb21 ], [ 1, %bb21.prol.loopexit ]
  %2 = insertvalue { i32, float } poison, i32 %_0.sroa.0.0, 0
  %3 = insertvalue { i32, float } %2, float %_0.sroa.3.0, 1
  ret { i32, float } %3
}

; traits::generic_max
; Function Attrs: nofree noinline norecurse nosync nounwind nonlazybind memory(argmem: read) uwtable
define { i32, i32 } @_ZN6traits11generic_max17h8e32441ff64d323aE(ptr noalias noundef nonnull readonly align 4 captures(address) %v.0, i64 noundef range(i64 0, 2305843009213693952) %v.1) unnamed_addr #7 {
start:
  %_17.idx = shl nuw nsw i64 %v.1, 2
  %_17 = getelementptr inbounds nuw i8, ptr %v.0, i64 %_17.idx
  %_29 = icmp eq i64 %v.1, 0
  br i1 %_29, label %bb6, label %bb14

bb14:                                             ; preds = %start
  %_23 = load i32, ptr %v.0, align 4, !noundef !3
  %_466 = icmp eq i64 %v.1, 1
  br i1 %_466, label %bb6, label %bb21.preheader

bb21.preheader:                                   ; preds = %bb14
  %it1.sroa.0.05 = getelementptr inbounds nuw i8, ptr %v.0, i64 4
  %0 = add nsw i64 %_17.idx, -8
  %1 = lshr exact i64 %0, 2
  %2 = add nuw nsw i64 %1, 1
  %xtraiter = and i64 %2, 3
  %3 = and i64 %0, 12
  %lcmp.mod.not = icmp eq i64 %3, 12
  br i1 %lcmp.mod.not, label %bb21.prol.loopexit, label %bb21.prol

bb21.prol:                                        ; preds = %bb21.preheader, %bb21.prol
  %it1.sroa.0.09.prol = phi ptr [ %it1.sroa.0.0.prol, %bb21.prol ], [ %it1.sroa.0.05, %bb21.preheader ]
  %val38.prol = phi i32 [ %spec.select4.prol, %bb21.prol ], [ %_23, %bb21.preheader ]
  %m.sroa.0.07.prol = phi i32 [ %spec.select.prol, %bb21.prol ], [ %_23, %bb21.preheader ]
  %prol.iter = phi i64 [ %prol.iter.next, %bb21.prol ], [ 0, %bb21.preheader ]
  %_40.prol = load i32, ptr %it1.sroa.0.09.prol, align 4, !noundef !3
  %_0.i.prol = icmp sgt i32 %_40.prol, %m.sroa.0.07.prol
  %spec.select.prol = tail call i32 @llvm.smax.i32(i32 %_40.prol, i32 %m.sroa.0.07.prol)
  %spec.select4.prol = select i1 %_0.i.prol, i32 %_40.prol, i32 %val38.prol
  %it1.sroa.0.0.prol = getelementptr inbounds nuw i8, ptr %it1.sroa.0.09.prol, i64 4
  %prol.iter.next = add i64 %prol.iter, 1
  %prol.iter.cmp.not = icmp eq i64 %prol.iter.next, %xtraiter
  br i1 %prol.iter.cmp.not, label %bb21.prol.loopexit, label %bb21.prol, !llvm.loop !88

bb21.prol.loopexit:                               ; preds = %bb21.prol, %bb21.preheader
  %spec.select4.lcssa.unr = phi i32 [ poison, %bb21.preheader ], [ %spec.select4.prol, %bb21.prol ]
  %it1.sroa.0.09.unr = phi ptr [ %it1.sroa.0.05, %bb21.preheader ], [ %it1.sroa.0.0.prol, %bb21.prol ]
  %val38.unr = phi i32 [ %_23, %bb21.preheader ], [ %spec.select4.prol, %bb21.prol ]
  %m.sroa.0.07.unr = phi i32 [ %_23, %bb21.preheader ], [ %spec.select.prol, %bb21.prol ]
  %4 = icmp ult i64 %0, 12
  br i1 %4, label %bb6, label %bb21

bb21:                                             ; preds = %bb21.prol.loopexit, %bb21
  %it1.sroa.0.09 = phi ptr [ %it1.sroa.0.0.3, %bb21 ], [ %it1.sroa.0.09.unr, %bb21.prol.loopexit ]
  %val38 = phi i32 [ %spec.select4.3, %bb21 ], [ %val38.unr, %bb21.prol.loopexit ]
  %m.sroa.0.07 = phi i32 [ %spec.select.3, %bb21 ], [ %m.sroa.0.07.unr, %bb21.prol.loopexit ]
  %_40 = load i32, ptr %it1.sroa.0.09, align 4, !noundef !3
  %_0.i = icmp sgt i32 %_40, %m.sroa.0.07
  %spec.select = tail call i32 @llvm.smax.i32(i32 %_40, i32 %m.sroa.0.07)
  %spec.select4 = select i1 %_0.i, i32 %_40, i32 %val38
  %it1.sroa.0.0 = getelementptr inbounds nuw i8, ptr %it1.sroa.0.09, i64 4
  %_40.1 = load i32, ptr %it1.sroa.0.0, align 4, !noundef !3
  %_0.i.1 = icmp sgt i32 %_40.1, %spec.select
  %spec.select.1 = tail call i32 @llvm.smax.i32(i32 %_40.1, i32 %spec.select)
  %spec.select4.1 = select i1 %_0.i.1, i32 %_40.1, i32 %spec.select4
  %it1.sroa.0.0.1 = getelementptr inbounds nuw i8, ptr %it1.sroa.0.09, i64 8
  %_40.2 = load i32, ptr %it1.sroa.0.0.1, align 4, !noundef !3
  %_0.i.2 = icmp sgt i32 %_40.2, %spec.select.1
  %spec.select.2 = tail call i32 @llvm.smax.i32(i32 %_40.2, i32 %spec.select.1)
  %spec.select4.2 = select i1 %_0.i.2, i32 %_40.2, i32 %spec.select4.1
  %it1.sroa.0.0.2 = getelementptr inbounds nuw i8, ptr %it1.sroa.0.09, i64 12
  %_40.3 = load i32, ptr %it1.sroa.0.0.2, align 4, !noundef !3
  %_0.i.3 = icmp sgt i32 %_40.3, %spec.select.2
  %spec.select.3 = tail call i32 @llvm.smax.i32(i32 %_40.3, i32 %spec.select.2)
  %spec.select4.3 = select i1 %_0.i.3, i32 %_40.3, i32 %spec.select4.2
  %it1.sroa.0.0.3 = getelementptr inbounds nuw i8, ptr %it1.sroa.0.09, i64 16
  %_46.3 = icmp eq ptr %it1.sroa.0.0.3, %_17
  br i1 %_46.3, label %bb6, label %bb21

bb6:                                              ; preds = %bb21.prol.loopexit, %bb21, %bb14, %start
  %_0.sroa.3.0 = phi i32 [ undef, %start ], [ %_23, %bb14 ], [ %spec.select4.lcssa.unr, %bb21.prol.loopexit ], [ %spec.select4.3, %bb21 ]
  %_0.sroa.0.0 = phi i32 [ 0, %start ], [ 1, %bb14 ], [ 1, %bb21 ], [ 1, %bb21.prol.loopexit ]
  %5 = insertvalue { i32, i32 } poison, i32 %_0.sroa.0.0, 0
  %6 = insertvalue { i32, i32 } %5, i32 %_0.sroa.3.0, 1
  ret { i32, i32 } %6
}

; traits::generic_max
; Function Attrs: nofree noinline norecurse nosync nounwind nonlazybind memory(argmem: read) uwtable
define { i1, i8 } @_ZN6traits11generic_max17hc886df98203a8367E(ptr noalias noundef nonnull readonly align 1 captures(address) %v.0, i64 noundef range(i64 0, -9223372036854775808) %v.1) unnamed_addr #7 {
start:
  %_17 = getelementptr inbounds nuw i8, ptr %v.0, i64 %v.1
  %_29 = icmp samesign ne i64 %v.1, 0
  br i1 %_29, label %bb14, label %bb6

bb14:                                             ; preds = %start
  %_23 = load i8, ptr %v.0, align 1, !noundef !3
  %_466 = icmp samesign eq i64 %v.1, 1
  br i1 %_466, label %bb6, label %bb21.preheader

bb21.preheader:                                   ; preds = %bb14
  %it1.sroa.0.05 = getelementptr inbounds nuw i8, ptr %v.0, i64 1
  %0 = add nuw i64 %v.1, 3
  %1 = add nsw i64 %v.1, -2
  %xtraiter = and i64 %0, 3
  %2 = and i64 %v.1, 3
  %lcmp.mod.not = icmp eq i64 %2, 1
  br i1 %lcmp.mod.not, label %bb21.prol.loopexit, label %bb21.prol

bb21.prol:                                        ; preds = %bb21.preheader, %bb21.prol
  %it1.sroa.0.09.prol = phi ptr [ %it1.sroa.0.0.prol, %bb21.prol ], [ %it1.sroa.0.05, %bb21.preheader ]
  %val38.prol = phi i8 [ %spec.select4.prol, %bb21.prol ], [ %_23, %bb21.preheader ]
  %m.sroa.0.07.prol = phi i8 [ %spec.select.prol, %bb21.prol ], [ %_23, %bb21.preheader ]
  %prol.iter = phi i64 [ %prol.iter.next, %bb21.prol ], [ 0, %bb21.preheader ]
  %_40.prol = load i8, ptr %it1.sroa.0.09.prol, align 1, !noundef !3
  %_0.i.prol = icmp ugt i8 %_40.prol, %m.sroa.0.07.prol
  %spec.select.prol = tail call i8 @llvm.umax.i8(i8 %_40.prol, i8 %m.sroa.0.07.prol)
  %spec.select4.prol = select i1 %_0.i.prol, i8 %_40.prol, i8 %val38.prol
  %it1.sroa.0.0.prol = getelementptr inbounds nuw i8, ptr %it1.sroa.0.09.prol, i64 1
  %prol.iter.next = add i64 %prol.iter, 1
  %prol.iter.cmp.not = icmp eq i64 %prol.iter.next, %xtraiter
  br i1 %prol.iter.cmp.not, label %bb21.prol.loopexit, label %bb21.prol, !llvm.loop !90

bb21.prol.loopexit:                               ; preds = %bb21.prol, %bb21.preheader
  %spec.select4.lcssa.unr = phi i8 [ poison, %bb21.preheader ], [ %spec.select4.prol, %bb21.prol ]
  %it1.sroa.0.09.unr = phi ptr [ %it1.sroa.0.05, %bb21.preheader ], [ %it1.sroa.0.0.prol, %bb21.prol ]
  %val38.unr = phi i8 [ %_23, %bb21.preheader ], [ %spec.select4.prol, %bb21.prol ]
  %m.sroa.0.07.unr = phi i8 [ %_23, %bb21.preheader ], [ %spec.select.prol, %bb21.prol ]
  %3 = icmp ult i64 %1, 3
  br i1 %3, label %bb6, label %bb21

bb21:                                             ; preds = %bb21.prol.loopexit, %bb21
  %it1.sroa.0.09 = phi ptr [ %it1.sroa.0.0.3, %bb21 ], [ %it1.sroa.0.09.unr, %bb21.prol.loopexit ]
  %val38 = phi i8 [ %spec.select4.3, %bb21 ], [ %val38.unr, %bb21.prol.loopexit ]
  %m.sroa.0.07 = phi i8 [ %spec.select.3, %bb21 ], [ %m.sroa.0.07.unr, %bb21.prol.loopexit ]
  %_40 = load i8, ptr %it1.sroa.0.09, align 1, !noundef !3
  %_0.i = icmp ugt i8 %_40, %m.sroa.0.07
  %spec.select = tail call i8 @llvm.umax.i8(i8 %_40, i8 %m.sroa.0.07)
  %spec.select4 = select i1 %_0.i, i8 %_40, i8 %val38
  %it1.sroa.0.0 = getelementptr inbounds nuw i8, ptr %it1.sroa.0.09, i64 1
  %_40.1 = load i8, ptr %it1.sroa.0.0, align 1, !noundef !3
  %_0.i.1 = icmp ugt i8 %_40.1, %spec.select
  %spec.select.1 = tail call i8 @llvm.umax.i8(i8 %_40.1, i8 %spec.select)
  %spec.select4.1 = select i1 %_0.i.1, i8 %_40.1, i8 %spec.select4
  %it1.sroa.0.0.1 = getelementptr inbounds nuw i8, ptr %it1.sroa.0.09, i64 2
  %_40.2 = load i8, ptr %it1.sroa.0.0.1, align 1, !noundef !3
  %_0.i.2 = icmp ugt i8 %_40.2, %spec.select.1
  %spec.select.2 = tail call i8 @llvm.umax.i8(i8 %_40.2, i8 %spec.select.1)
  %spec.select4.2 = select i1 %_0.i.2, i8 %_40.2, i8 %spec.select4.1
  %it1.sroa.0.0.2 = getelementptr inbounds nuw i8, ptr %it1.sroa.0.09, i64 3
  %_40.3 = load i8, ptr %it1.sroa.0.0.2, align 1, !noundef !3
  %_0.i.3 = icmp ugt i8 %_40.3, %spec.select.2
  %spec.select.3 = tail call i8 @llvm.umax.i8(i8 %_40.3, i8 %spec.select.2)
  %spec.select4.3 = select i1 %_0.i.3, i8 %_40.3, i8 %spec.select4.2
  %it1.sroa.0.0.3 = getelementptr inbounds nuw i8, ptr %it1.sroa.0.09, i64 4
  %_46.3 = icmp eq ptr %it1.sroa.0.0.3, %_17
  br i1 %_46.3, label %bb6, label %bb21

bb6:                                              ; preds = %bb21.prol.loopexit, %bb21, %bb14, %start
  %_0.sroa.3.0 = phi i8 [ undef, %start ], [ %_23, %bb14 ], [ %spec.select4.lcssa.unr, %bb21.prol.loopexit ], [ %spec.select4.3, %bb21 ]
  %4 = insertvalue { i1, i8 } poison, i1 %_29, 0
  %5 = insertvalue { i1, i8 } %4, i8 %_0.sroa.3.0, 1
  ret { i1, i8 } %5
}

; traits::make_shapes
; Function Attrs: nonlazybind uwtable
define void @_ZN6traits11make_shapes17h132b3a93fa181d9aE(ptr dead_on_unwind noalias noundef writable writeonly sret([24 x i8]) align 8 captures(none) dereferenceable(24) %_0, i64 noundef %n) unnamed_addr #4 personality ptr @rust_eh_personality {
start:
  %vector.i = alloca [24 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %vector.i), !noalias !91
  %_33.0.i.i.i = shl i64 %n, 4
  %_33.1.i.i.i = icmp ugt i64 %n, 1152921504606846975
  %_38.i.i.i = icmp ugt i64 %_33.0.i.i.i, 9223372036854775800
  %or.cond.not.i.i.i = or i1 %_33.1.i.i.i, %_38.i.i.i
  br i1 %or.cond.not.i.i.i, label %bb3.i.i, label %bb18.i.i.i, !prof !63

bb18.i.i.i:                                       ; preds = %start
  %0 = icmp eq i64 %_33.0.i.i.i, 0
  br i1 %0, label %"_ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17h3a1199a8f006f124E.exit.i.i.i", label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator8allocate.exit.i.i.i

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator8allocate.exit.i.i.i: ; preds = %bb18.i.i.i
; call __rustc::__rust_no_alloc_shim_is_unstable_v2
  tail call void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() #21, !noalias !94
; call __rustc::__rust_alloc
  %1 = tail call noundef align 8 ptr @_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc(i64 noundef range(i64 0, -9223372036854775808) %_33.0.i.i.i, i64 noundef range(i64 1, 9) 8) #21, !noalias !94
  %2 = icmp eq ptr %1, null
  br i1 %2, label %bb3.i.i, label %bb10.i.i.i

bb10.i.i.i:                                       ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator8allocate.exit.i.i.i
  %3 = ptrtoint ptr %1 to i64
  br label %"_ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17h3a1199a8f006f124E.exit.i.i.i"

bb3.i.i:                                          ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator8allocate.exit.i.i.i, %start
  %_4.sroa.4.0.ph.i.i = phi i64 [ 8, %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator8allocate.exit.i.i.i ], [ 0, %start ]
; call alloc::raw_vec::handle_error
  tail call void @_RNvNtCslNYArtu3iFV_5alloc7raw_vec12handle_error(i64 noundef %_4.sroa.4.0.ph.i.i, i64 %_33.0.i.i.i) #24, !noalias !91
  unreachable

"_ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17h3a1199a8f006f124E.exit.i.i.i": ; preds = %bb10.i.i.i, %bb18.i.i.i
  %_4.sroa.4.0.i.i = phi i64 [ %n, %bb10.i.i.i ], [ 0, %bb18.i.i.i ]
  %_4.sroa.10.0.i.i = phi i64 [ %3, %bb10.i.i.i ], [ 8, %bb18.i.i.i ]
  %4 = inttoptr i64 %_4.sroa.10.0.i.i to ptr
  %_7.i.i = icmp samesign ule i64 %n, %_4.sroa.4.0.i.i
  tail call void @llvm.assume(i1 %_7.i.i)
  store i64 %_4.sroa.4.0.i.i, ptr %vector.i, align 8, !noalias !91
  %5 = getelementptr inbounds nuw i8, ptr %vector.i, i64 8
  store ptr %4, ptr %5, align 8, !noalias !91
  %6 = getelementptr inbounds nuw i8, ptr %vector.i, i64 16
  tail call void @llvm.experimental.noalias.scope.decl(metadata !97)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !100)
  %_0.i.i.i13.not.i.i.i.i.i.i = icmp eq i64 %n, 0
  br i1 %_0.i.i.i13.not.i.i.i.i.i.i, label %"_ZN111_$LT$alloc..vec..Vec$LT$T$GT$$u20$as$u20$alloc..vec..spec_from_iter_nested..SpecFromIterNested$LT$T$C$I$GT$$GT$9from_iter17haddd64defd40ecc9E.exit", label %bb3.i.i.i.i.i.i

bb3.i.i.i.i.i.i:                                  ; preds = %"_ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17h3a1199a8f006f124E.exit.i.i.i", %"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17ha36fcdf631bcc382E.exit.i.i.i.i.i.i"
  %_2.i.i.i.i.i.i.i.i.i.i.i = phi i64 [ %7, %"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17ha36fcdf631bcc382E.exit.i.i.i.i.i.i" ], [ 0, %"_ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17h3a1199a8f006f124E.exit.i.i.i" ]
  %7 = add nuw i64 %_2.i.i.i.i.i.i.i.i.i.i.i, 1
  %_3.i.i.i.i.i.i.i.i = and i64 %_2.i.i.i.i.i.i.i.i.i.i.i, 1
  %8 = icmp eq i64 %_3.i.i.i.i.i.i.i.i, 0
; call __rustc::__rust_no_alloc_shim_is_unstable_v2
  tail call void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() #21, !noalias !103
  br i1 %8, label %bb1.i.i.i.i.i.i.i.i, label %bb3.i.i.i.i.i.i.i.i

bb1.i.i.i.i.i.i.i.i:                              ; preds = %bb3.i.i.i.i.i.i
; call __rustc::__rust_alloc
  %9 = tail call noundef align 8 dereferenceable_or_null(8) ptr @_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc(i64 noundef range(i64 0, -9223372036854775808) 8, i64 noundef 8) #21, !noalias !103
  %10 = icmp eq ptr %9, null
  br i1 %10, label %bb2.i2.i.i.i.i.i.i.i.i.invoke, label %_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit.exit.i.i.i.i.i.i.i.i, !prof !74

_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit.exit.i.i.i.i.i.i.i.i: ; preds = %bb1.i.i.i.i.i.i.i.i
  %_6.i.i.i.i.i.i.i.i = uitofp i64 %_2.i.i.i.i.i.i.i.i.i.i.i to double
  store double %_6.i.i.i.i.i.i.i.i, ptr %9, align 8, !noalias !103
  br label %"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17ha36fcdf631bcc382E.exit.i.i.i.i.i.i"

bb3.i.i.i.i.i.i.i.i:                              ; preds = %bb3.i.i.i.i.i.i
; call __rustc::__rust_alloc
  %11 = tail call noundef align 8 dereferenceable_or_null(16) ptr @_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc(i64 noundef range(i64 0, -9223372036854775808) 16, i64 noundef 8) #21, !noalias !103
  %12 = icmp eq ptr %11, null
  br i1 %12, label %bb2.i2.i.i.i.i.i.i.i.i.invoke, label %_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit.exit3.i.i.i.i.i.i.i.i, !prof !74

bb2.i2.i.i.i.i.i.i.i.i.invoke:                    ; preds = %bb3.i.i.i.i.i.i.i.i, %bb1.i.i.i.i.i.i.i.i
  %13 = phi i64 [ 8, %bb1.i.i.i.i.i.i.i.i ], [ 16, %bb3.i.i.i.i.i.i.i.i ]
; invoke alloc::alloc::handle_alloc_error
  invoke void @_RNvNtCslNYArtu3iFV_5alloc5alloc18handle_alloc_error(i64 noundef 8, i64 noundef %13) #24
          to label %bb2.i2.i.i.i.i.i.i.i.i.cont unwind label %cleanup1.body.i, !noalias !112

bb2.i2.i.i.i.i.i.i.i.i.cont:                      ; preds = %bb2.i2.i.i.i.i.i.i.i.i.invoke
  unreachable

_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit.exit3.i.i.i.i.i.i.i.i: ; preds = %bb3.i.i.i.i.i.i.i.i
  %_9.i.i.i.i.i.i.i.i = uitofp i64 %_2.i.i.i.i.i.i.i.i.i.i.i to double
  store double %_9.i.i.i.i.i.i.i.i, ptr %11, align 8, !noalias !103
  %14 = getelementptr inbounds nuw i8, ptr %11, i64 8
  store double 2.000000e+00, ptr %14, align 8, !noalias !103
  br label %"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17ha36fcdf631bcc382E.exit.i.i.i.i.i.i"

"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17ha36fcdf631bcc382E.exit.i.i.i.i.i.i": ; preds = %_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit.exit3.i.i.i.i.i.i.i.i, %_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit.exit.i.i.i.i.i.i.i.i
  %_0.sroa.3.0.i.i.i.i.i.i.i.i = phi ptr [ @vtable.1, %_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit.exit.i.i.i.i.i.i.i.i ], [ @vtable.2, %_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit.exit3.i.i.i.i.i.i.i.i ]
  %_0.sroa.0.0.i.i4.i.i.i.i.i.i = phi ptr [ %9, %_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit.exit.i.i.i.i.i.i.i.i ], [ %11, %_RNvNtCslNYArtu3iFV_5alloc5boxed14box_new_uninit.exit3.i.i.i.i.i.i.i.i ]
  %_3.i.i.i6.i.i.i.i.i.i = getelementptr inbounds nuw %"alloc::boxed::Box<dyn Shape>", ptr %4, i64 %_2.i.i.i.i.i.i.i.i.i.i.i
  store ptr %_0.sroa.0.0.i.i4.i.i.i.i.i.i, ptr %_3.i.i.i6.i.i.i.i.i.i, align 8, !noalias !113
  %15 = getelementptr inbounds nuw i8, ptr %_3.i.i.i6.i.i.i.i.i.i, i64 8
  store ptr %_0.sroa.3.0.i.i.i.i.i.i.i.i, ptr %15, align 8, !noalias !113
  %exitcond.not.i.i.i.i.i.i = icmp eq i64 %7, %n
  br i1 %exitcond.not.i.i.i.i.i.i, label %"_ZN111_$LT$alloc..vec..Vec$LT$T$GT$$u20$as$u20$alloc..vec..spec_from_iter_nested..SpecFromIterNested$LT$T$C$I$GT$$GT$9from_iter17haddd64defd40ecc9E.exit", label %bb3.i.i.i.i.i.i

cleanup1.body.i:                                  ; preds = %bb2.i2.i.i.i.i.i.i.i.i.invoke
  %16 = landingpad { ptr, i32 }
          cleanup
  store i64 %_2.i.i.i.i.i.i.i.i.i.i.i, ptr %6, align 8, !alias.scope !120, !noalias !121
; invoke core::ptr::drop_in_place<alloc::vec::Vec<alloc::boxed::Box<dyn traits::Shape>>>
  invoke fastcc void @"_ZN4core3ptr90drop_in_place$LT$alloc..vec..Vec$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$GT$$GT$17h732bf6f2852e8094E"(ptr noalias noundef align 8 dereferenceable(24) %vector.i) #22
          to label %bb6.i unwind label %terminate.i, !noalias !91

terminate.i:                                      ; preds = %cleanup1.body.i
  %17 = landingpad { ptr, i32 }
          filter [0 x ptr] zeroinitializer
; call core::panicking::panic_in_cleanup
  tail call void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() #23, !noalias !91
  unreachable

bb6.i:                                            ; preds = %cleanup1.body.i
  resume { ptr, i32 } %16

"_ZN111_$LT$alloc..vec..Vec$LT$T$GT$$u20$as$u20$alloc..vec..spec_from_iter_nested..SpecFromIterNested$LT$T$C$I$GT$$GT$9from_iter17haddd64defd40ecc9E.exit": ; preds = %"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17ha36fcdf631bcc382E.exit.i.i.i.i.i.i", %"_ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17h3a1199a8f006f124E.exit.i.i.i"
  store i64 %n, ptr %6, align 8, !alias.scope !120, !noalias !132
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %_0, ptr noundef nonnull align 8 dereferenceable(24) %vector.i, i64 24, i1 false)
  call void @llvm.lifetime.end.p0(ptr nonnull %vector.i), !noalias !91
  ret void
}

; traits::maxes
; Function Attrs: nofree norecurse nosync nounwind nonlazybind memory(argmem: readwrite) uwtable
define void @_ZN6traits5maxes17h8083a18e0346ef22E(ptr dead_on_unwind noalias noundef writable writeonly sret([20 x i8]) align 4 captures(none) dereferenceable(20) initializes((0, 18)) %_0, ptr noalias noundef nonnull readonly align 4 captures(address) %a.0, i64 noundef range(i64 0, 2305843009213693952) %a.1, ptr noalias noundef nonnull readonly align 4 captures(address) %b.0, i64 noundef range(i64 0, 2305843009213693952) %b.1, ptr noalias noundef nonnull readonly align 1 captures(address) %c.0, i64 noundef range(i64 0, -9223372036854775808) %c.1) unnamed_addr #8 {
start:
; call traits::generic_max
  %0 = tail call { i32, i32 } @_ZN6traits11generic_max17h8e32441ff64d323aE(ptr noalias noundef nonnull readonly align 4 captures(address, read_provenance) %a.0, i64 noundef %a.1) #26
  %_4.0 = extractvalue { i32, i32 } %0, 0
  %_4.1 = extractvalue { i32, i32 } %0, 1
; call traits::generic_max
  %1 = tail call { i32, float } @_ZN6traits11generic_max17h0666b890b0f5c3e5E(ptr noalias noundef nonnull readonly align 4 captures(address, read_provenance) %b.0, i64 noundef %b.1) #26
  %_5.0 = extractvalue { i32, float } %1, 0
  %_5.1 = extractvalue { i32, float } %1, 1
; call traits::generic_max
  %2 = tail call { i1, i8 } @_ZN6traits11generic_max17hc886df98203a8367E(ptr noalias noundef nonnull readonly align 1 captures(address, read_provenance) %c.0, i64 noundef %c.1) #26
  %_6.0 = extractvalue { i1, i8 } %2, 0
  %_6.1 = extractvalue { i1, i8 } %2, 1
  store i32 %_4.0, ptr %_0, align 4
  %3 = getelementptr inbounds nuw i8, ptr %_0, i64 4
  store i32 %_4.1, ptr %3, align 4
  %4 = getelementptr inbounds nuw i8, ptr %_0, i64 8
  store i32 %_5.0, ptr %4, align 4
  %5 = getelementptr inbounds nuw i8, ptr %_0, i64 12
  store float %_5.1, ptr %5, align 4
  %6 = getelementptr inbounds nuw i8, ptr %_0, i64 16
  %7 = zext i1 %_6.0 to i8
  store i8 %7, ptr %6, align 4
  %8 = getelementptr inbounds nuw i8, ptr %_0, i64 17
  store i8 %_6.1, ptr %8, align 1
  ret void
}

; traits::names
; Function Attrs: nonlazybind uwtable
define void @_ZN6traits5names17h08e709086733392fE(ptr dead_on_unwind noalias noundef writable writeonly sret([24 x i8]) align 8 captures(none) dereferenceable(24) %_0, ptr noalias noundef nonnull readonly align 8 captures(address) %shapes.0, i64 noundef range(i64 0, 576460752303423488) %shapes.1) unnamed_addr #4 personality ptr @rust_eh_personality {
start:
  %out = alloca [24 x i8], align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %out)
  store i64 0, ptr %out, align 8
  %_11.sroa.4.0.out.sroa_idx = getelementptr inbounds nuw i8, ptr %out, i64 8
  store ptr inttoptr (i64 1 to ptr), ptr %_11.sroa.4.0.out.sroa_idx, align 8
  %_11.sroa.5.0.out.sroa_idx = getelementptr inbounds nuw i8, ptr %out, i64 16
  store i64 0, ptr %_11.sroa.5.0.out.sroa_idx, align 8
  %_16.idx = shl nuw nsw i64 %shapes.1, 4
  %_16 = getelementptr inbounds nuw i8, ptr %shapes.0, i64 %_16.idx
  %_236 = icmp eq i64 %shapes.1, 0
  br i1 %_236, label %bb6, label %bb7

bb7:                                              ; preds = %start, %_RNvMNtCslNYArtu3iFV_5alloc6stringNtB2_6String4push.exit
  %_20.i14 = phi ptr [ %_20.i, %_RNvMNtCslNYArtu3iFV_5alloc6stringNtB2_6String4push.exit ], [ inttoptr (i64 1 to ptr), %start ]
  %len.i.i = phi i64 [ %new_len.i, %_RNvMNtCslNYArtu3iFV_5alloc6stringNtB2_6String4push.exit ], [ 0, %start ]
  %iter.sroa.0.07 = phi ptr [ %_29, %_RNvMNtCslNYArtu3iFV_5alloc6stringNtB2_6String4push.exit ], [ %shapes.0, %start ]
  %_29 = getelementptr inbounds nuw i8, ptr %iter.sroa.0.07, i64 16
  %_48.0 = load ptr, ptr %iter.sroa.0.07, align 8, !nonnull !3, !noundef !3
  %0 = getelementptr inbounds nuw i8, ptr %iter.sroa.0.07, i64 8
  %_48.1 = load ptr, ptr %0, align 8, !nonnull !3, !align !4, !noundef !3
  %1 = getelementptr inbounds nuw i8, ptr %_48.1, i64 32
  %2 = load ptr, ptr %1, align 8, !invariant.load !3, !nonnull !3
  %3 = invoke { ptr, i64 } %2(ptr noundef nonnull align 1 %_48.0)
          to label %bb2 unwind label %cleanup

bb6:                                              ; preds = %_RNvMNtCslNYArtu3iFV_5alloc6stringNtB2_6String4push.exit, %start
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %_0, ptr noundef nonnull align 8 dereferenceable(24) %out, i64 24, i1 false)
  call void @llvm.lifetime.end.p0(ptr nonnull %out)
  ret void

cleanup:                                          ; preds = %bb1.i.i, %"_ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17hc9047d3283cb0810E.exit.thread.i", %bb7
  %4 = landingpad { ptr, i32 }
          cleanup
  tail call void @llvm.experimental.noalias.scope.decl(metadata !143)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !146)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !149)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !152)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !155)
  %self1.i.i.i.i1.i.i = load i64, ptr %out, align 8, !range !8, !alias.scope !158, !noalias !161, !noundef !3
  %5 = icmp eq i64 %self1.i.i.i.i1.i.i, 0
  br i1 %5, label %bb5, label %bb2.i.i.i2.i.i

bb2.i.i.i2.i.i:                                   ; preds = %cleanup
  %self3.i.i.i.i3.i.i = load ptr, ptr %_11.sroa.4.0.out.sroa_idx, align 8, !alias.scope !158, !noalias !161, !nonnull !3, !noundef !3
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %self3.i.i.i.i3.i.i, i64 noundef %self1.i.i.i.i1.i.i, i64 noundef range(i64 1, -9223372036854775807) 1) #21, !noalias !163
  br label %bb5

bb2:                                              ; preds = %bb7
  %_6.0 = extractvalue { ptr, i64 } %3, 0
  %_6.1 = extractvalue { ptr, i64 } %3, 1
  %6 = icmp ne ptr %_6.0, null
  tail call void @llvm.assume(i1 %6)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !164)
  %self2.i.i = load i64, ptr %out, align 8, !range !8, !alias.scope !167, !noundef !3
  %_9.i.i = sub i64 %self2.i.i, %len.i.i
  %_7.i.i = icmp ugt i64 %_6.1, %_9.i.i
  br i1 %_7.i.i, label %"_ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17hc9047d3283cb0810E.exit.thread.i", label %"_ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17hc9047d3283cb0810E.exit.i", !prof !74

"_ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17hc9047d3283cb0810E.exit.thread.i": ; preds = %bb2
; invoke alloc::raw_vec::RawVecInner<A>::reserve::do_reserve_and_handle
  invoke fastcc void @"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$7reserve21do_reserve_and_handle17h94ef71e4523aef44E"(ptr noalias noundef nonnull align 8 dereferenceable(24) %out, i64 noundef %len.i.i, i64 noundef %_6.1, i64 noundef 1, i64 noundef 1)
          to label %.noexc unwind label %cleanup

.noexc:                                           ; preds = %"_ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17hc9047d3283cb0810E.exit.thread.i"
  %len1.i = load i64, ptr %_11.sroa.5.0.out.sroa_idx, align 8, !alias.scope !164, !noundef !3
  %_102.i = icmp sgt i64 %len1.i, -1
  tail call void @llvm.assume(i1 %_102.i)
  %_11.i.pre = load ptr, ptr %_11.sroa.4.0.out.sroa_idx, align 8, !alias.scope !164
  %self2.i.i2.pre.pre = load i64, ptr %out, align 8, !range !8, !alias.scope !170
  br label %bb2.i

"_ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17hc9047d3283cb0810E.exit.i": ; preds = %bb2
  %_10.i = icmp sgt i64 %len.i.i, -1
  tail call void @llvm.assume(i1 %_10.i)
  %_6.not.i = icmp eq i64 %_6.1, 0
  br i1 %_6.not.i, label %bb8, label %bb2.i

bb2.i:                                            ; preds = %"_ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17hc9047d3283cb0810E.exit.i", %.noexc
  %self2.i.i2.pre = phi i64 [ %self2.i.i2.pre.pre, %.noexc ], [ %self2.i.i, %"_ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17hc9047d3283cb0810E.exit.i" ]
  %_20.i12 = phi ptr [ %_11.i.pre, %.noexc ], [ %_20.i14, %"_ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17hc9047d3283cb0810E.exit.i" ]
  %len4.i = phi i64 [ %len1.i, %.noexc ], [ %len.i.i, %"_ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17hc9047d3283cb0810E.exit.i" ]
  %dst.i = getelementptr inbounds nuw i8, ptr %_20.i12, i64 %len4.i
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 1 %dst.i, ptr nonnull readonly align 1 %_6.0, i64 %_6.1, i1 false), !noalias !164
  br label %bb8

bb8:                                              ; preds = %bb2.i, %"_ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17hc9047d3283cb0810E.exit.i"
  %_20.i13 = phi ptr [ %_20.i12, %bb2.i ], [ %_20.i14, %"_ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17hc9047d3283cb0810E.exit.i" ]
  %self2.i.i2 = phi i64 [ %self2.i.i2.pre, %bb2.i ], [ %self2.i.i, %"_ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17hc9047d3283cb0810E.exit.i" ]
  %len5.i = phi i64 [ %len4.i, %bb2.i ], [ %len.i.i, %"_ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17hc9047d3283cb0810E.exit.i" ]
  %7 = add i64 %len5.i, %_6.1
  store i64 %7, ptr %_11.sroa.5.0.out.sroa_idx, align 8, !alias.scope !164
  tail call void @llvm.experimental.noalias.scope.decl(metadata !175)
  %_14.i = icmp sgt i64 %7, -1
  tail call void @llvm.assume(i1 %_14.i)
  %_7.i.i3 = icmp eq i64 %self2.i.i2, %7
  br i1 %_7.i.i3, label %bb1.i.i, label %_RNvMNtCslNYArtu3iFV_5alloc6stringNtB2_6String4push.exit, !prof !74

bb1.i.i:                                          ; preds = %bb8
; invoke alloc::raw_vec::RawVecInner<A>::reserve::do_reserve_and_handle
  invoke fastcc void @"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$7reserve21do_reserve_and_handle17h94ef71e4523aef44E"(ptr noalias noundef nonnull align 8 dereferenceable(24) %out, i64 noundef %self2.i.i2, i64 noundef 1, i64 noundef 1, i64 noundef 1)
          to label %.noexc5 unwind label %cleanup

.noexc5:                                          ; preds = %bb1.i.i
  %count.pre.i = load i64, ptr %_11.sroa.5.0.out.sroa_idx, align 8, !alias.scope !175
  %_20.i.pre = load ptr, ptr %_11.sroa.4.0.out.sroa_idx, align 8, !alias.scope !175
  br label %_RNvMNtCslNYArtu3iFV_5alloc6stringNtB2_6String4push.exit

_RNvMNtCslNYArtu3iFV_5alloc6stringNtB2_6String4push.exit: ; preds = %bb8, %.noexc5
  %_20.i = phi ptr [ %_20.i13, %bb8 ], [ %_20.i.pre, %.noexc5 ]
  %count.i = phi i64 [ %7, %bb8 ], [ %count.pre.i, %.noexc5 ]
  %_21.i = icmp sgt i64 %count.i, -1
  tail call void @llvm.assume(i1 %_21.i)
  %_8.i = getelementptr inbounds nuw i8, ptr %_20.i, i64 %count.i
  store i8 44, ptr %_8.i, align 1, !noalias !175
  %new_len.i = add nuw i64 %7, 1
  store i64 %new_len.i, ptr %_11.sroa.5.0.out.sroa_idx, align 8, !alias.scope !175
  %_23 = icmp eq ptr %_29, %_16
  br i1 %_23, label %bb6, label %bb7

bb5:                                              ; preds = %bb2.i.i.i2.i.i, %cleanup
  resume { ptr, i32 } %4
}

; traits::lengths
; Function Attrs: nonlazybind uwtable
define void @_ZN6traits7lengths17hd6c0b0df5ff9d281E(ptr dead_on_unwind noalias noundef writable writeonly sret([24 x i8]) align 8 captures(none) dereferenceable(24) %_0, ptr noalias noundef nonnull readonly align 8 captures(address) %v.0, i64 noundef range(i64 0, 384307168202282326) %v.1) unnamed_addr #4 personality ptr @rust_eh_personality {
start:
  %vector.i = alloca [24 x i8], align 8
  %_9 = getelementptr inbounds nuw %"alloc::string::String", ptr %v.0, i64 %v.1
  tail call void @llvm.experimental.noalias.scope.decl(metadata !176)
  call void @llvm.lifetime.start.p0(ptr nonnull %vector.i), !noalias !176
  br label %bb1.i.i.i.i.i

bb1.i.i.i.i.i:                                    ; preds = %bb3.i.i.i.i.i, %start
  %_16.i4.i.i.i.i.i = phi ptr [ %_16.i.i.i.i.i.i, %bb3.i.i.i.i.i ], [ %v.0, %start ]
  %_6.i.i.i.not.not.not.not.i.not.not.not.i.not.i = icmp eq ptr %_16.i4.i.i.i.i.i, %_9
  br i1 %_6.i.i.i.not.not.not.not.i.not.not.not.i.not.i, label %bb12.i, label %bb3.i.i.i.i.i

bb3.i.i.i.i.i:                                    ; preds = %bb1.i.i.i.i.i
  %_16.i.i.i.i.i.i = getelementptr inbounds nuw i8, ptr %_16.i4.i.i.i.i.i, i64 24
  %0 = getelementptr inbounds nuw i8, ptr %_16.i4.i.i.i.i.i, i64 16
  %_0.i.i.i.i.i.i.i = load i64, ptr %0, align 8, !alias.scope !179, !noalias !184, !noundef !3
  %_3.i.i.i.i.i.i.i = icmp sgt i64 %_0.i.i.i.i.i.i.i, -1
  tail call void @llvm.assume(i1 %_3.i.i.i.i.i.i.i)
  %_0.i.i.i.i.i.i.i.i.i = icmp samesign ugt i64 %_0.i.i.i.i.i.i.i, 1
  br i1 %_0.i.i.i.i.i.i.i.i.i, label %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator8allocate.exit.i.i.i, label %bb1.i.i.i.i.i

_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator8allocate.exit.i.i.i: ; preds = %bb3.i.i.i.i.i
; call __rustc::__rust_no_alloc_shim_is_unstable_v2
  tail call void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() #21, !noalias !193
; call __rustc::__rust_alloc
  %1 = tail call noundef align 8 dereferenceable_or_null(32) ptr @_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc(i64 noundef range(i64 0, -9223372036854775808) 32, i64 noundef range(i64 1, 9) 8) #21, !noalias !193
  %2 = icmp eq ptr %1, null
  br i1 %2, label %bb3.i.i, label %"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$16with_capacity_in17h0496cb2fe2e61f58E.exit.i"

bb3.i.i:                                          ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator8allocate.exit.i.i.i
; call alloc::raw_vec::handle_error
  tail call void @_RNvNtCslNYArtu3iFV_5alloc7raw_vec12handle_error(i64 noundef 8, i64 32) #24, !noalias !176
  unreachable

"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$16with_capacity_in17h0496cb2fe2e61f58E.exit.i": ; preds = %_RNvXs_NtCslNYArtu3iFV_5alloc5allocNtB4_6GlobalNtNtCsgEmfK2I1SDS_4core5alloc9Allocator8allocate.exit.i.i.i
  store i64 %_0.i.i.i.i.i.i.i, ptr %1, align 8, !noalias !176
  store i64 4, ptr %vector.i, align 8, !noalias !176
  %vector1.sroa.4.0.vector.sroa_idx.i = getelementptr inbounds nuw i8, ptr %vector.i, i64 8
  store ptr %1, ptr %vector1.sroa.4.0.vector.sroa_idx.i, align 8, !noalias !176
  %vector1.sroa.6.0.vector.sroa_idx.i = getelementptr inbounds nuw i8, ptr %vector.i, i64 16
  store i64 1, ptr %vector1.sroa.6.0.vector.sroa_idx.i, align 8, !noalias !176
  tail call void @llvm.experimental.noalias.scope.decl(metadata !196)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !199)
  br label %bb1.i.i.i

bb1.i.i.i:                                        ; preds = %bb8.i.i.i, %"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$16with_capacity_in17h0496cb2fe2e61f58E.exit.i"
  %_23.i.i14.i = phi ptr [ %1, %"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$16with_capacity_in17h0496cb2fe2e61f58E.exit.i" ], [ %_23.i.i.i, %bb8.i.i.i ]
  %len.i.i.i = phi i64 [ 1, %"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$16with_capacity_in17h0496cb2fe2e61f58E.exit.i" ], [ %new_len.i.i.i, %bb8.i.i.i ]
  %iterator.sroa.0.0.i.i.i = phi ptr [ %_16.i.i.i.i.i.i, %"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$16with_capacity_in17h0496cb2fe2e61f58E.exit.i" ], [ %_16.i.i.i.i.i.i.i.i, %bb8.i.i.i ]
  br label %bb1.i.i.i.i.i.i.i

bb1.i.i.i.i.i.i.i:                                ; preds = %bb3.i.i.i.i.i.i.i, %bb1.i.i.i
  %_16.i4.i.i.i.i.i.i.i = phi ptr [ %_16.i.i.i.i.i.i.i.i, %bb3.i.i.i.i.i.i.i ], [ %iterator.sroa.0.0.i.i.i, %bb1.i.i.i ]
  %_6.i.i.i.not.not.not.not.i.not.not.not.i.not.i.i.i = icmp eq ptr %_16.i4.i.i.i.i.i.i.i, %_9
  br i1 %_6.i.i.i.not.not.not.not.i.not.not.not.i.not.i.i.i, label %bb5.i, label %bb3.i.i.i.i.i.i.i

bb3.i.i.i.i.i.i.i:                                ; preds = %bb1.i.i.i.i.i.i.i
  %_16.i.i.i.i.i.i.i.i = getelementptr inbounds nuw i8, ptr %_16.i4.i.i.i.i.i.i.i, i64 24
  %3 = getelementptr inbounds nuw i8, ptr %_16.i4.i.i.i.i.i.i.i, i64 16
  %_0.i.i.i.i.i.i.i.i7.i = load i64, ptr %3, align 8, !alias.scope !202, !noalias !207, !noundef !3
  %_3.i.i.i.i.i.i.i.i.i = icmp sgt i64 %_0.i.i.i.i.i.i.i.i7.i, -1
  tail call void @llvm.assume(i1 %_3.i.i.i.i.i.i.i.i.i)
  %_0.i.i.i.i.i.i.i.i.i.i.i = icmp samesign ugt i64 %_0.i.i.i.i.i.i.i.i7.i, 1
  br i1 %_0.i.i.i.i.i.i.i.i.i.i.i, label %bb3.i.i.i, label %bb1.i.i.i.i.i.i.i

bb3.i.i.i:                                        ; preds = %bb3.i.i.i.i.i.i.i
  %_19.i.i.i = icmp samesign ult i64 %len.i.i.i, 1152921504606846976
  tail call void @llvm.assume(i1 %_19.i.i.i)
  %self1.i.i.i = load i64, ptr %vector.i, align 8, !range !8, !alias.scope !216, !noalias !176, !noundef !3
  %_8.i.i.i = icmp eq i64 %len.i.i.i, %self1.i.i.i
  br i1 %_8.i.i.i, label %"_ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17hfa36e7944d58fd92E.exit.i.i.i", label %bb8.i.i.i

"_ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17hfa36e7944d58fd92E.exit.i.i.i": ; preds = %bb3.i.i.i
; invoke alloc::raw_vec::RawVecInner<A>::reserve::do_reserve_and_handle
  invoke fastcc void @"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$7reserve21do_reserve_and_handle17h94ef71e4523aef44E"(ptr noalias noundef nonnull align 8 dereferenceable(24) %vector.i, i64 noundef %len.i.i.i, i64 noundef range(i64 1, 0) 1, i64 noundef 8, i64 noundef 8)
          to label %"_ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17hfa36e7944d58fd92E.exit.i.i.bb8.i.i_crit_edge.i" unwind label %cleanup3.i, !noalias !176

"_ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17hfa36e7944d58fd92E.exit.i.i.bb8.i.i_crit_edge.i": ; preds = %"_ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17hfa36e7944d58fd92E.exit.i.i.i"
  %_23.i.i.pre.i = load ptr, ptr %vector1.sroa.4.0.vector.sroa_idx.i, align 8, !alias.scope !216, !noalias !176
  br label %bb8.i.i.i

bb8.i.i.i:                                        ; preds = %"_ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17hfa36e7944d58fd92E.exit.i.i.bb8.i.i_crit_edge.i", %bb3.i.i.i
  %_23.i.i.i = phi ptr [ %_23.i.i.pre.i, %"_ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17hfa36e7944d58fd92E.exit.i.i.bb8.i.i_crit_edge.i" ], [ %_23.i.i14.i, %bb3.i.i.i ]
  %dst.i.i.i = getelementptr inbounds nuw i64, ptr %_23.i.i.i, i64 %len.i.i.i
  store i64 %_0.i.i.i.i.i.i.i.i7.i, ptr %dst.i.i.i, align 8, !noalias !217
  %new_len.i.i.i = add nuw nsw i64 %len.i.i.i, 1
  store i64 %new_len.i.i.i, ptr %vector1.sroa.6.0.vector.sroa_idx.i, align 8, !alias.scope !216, !noalias !176
  br label %bb1.i.i.i

bb12.i:                                           ; preds = %bb1.i.i.i.i.i
  store i64 0, ptr %_0, align 8, !alias.scope !176
  %4 = getelementptr inbounds nuw i8, ptr %_0, i64 8
  store ptr inttoptr (i64 8 to ptr), ptr %4, align 8, !alias.scope !176
  %5 = getelementptr inbounds nuw i8, ptr %_0, i64 16
  store i64 0, ptr %5, align 8, !alias.scope !176
  br label %"_ZN111_$LT$alloc..vec..Vec$LT$T$GT$$u20$as$u20$alloc..vec..spec_from_iter_nested..SpecFromIterNested$LT$T$C$I$GT$$GT$9from_iter17h2c1aa2d3daad0a30E.exit"

cleanup3.i:                                       ; preds = %"_ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17hfa36e7944d58fd92E.exit.i.i.i"
  %6 = landingpad { ptr, i32 }
          cleanup
  tail call void @llvm.experimental.noalias.scope.decl(metadata !218)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !221)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !224)
  tail call void @llvm.experimental.noalias.scope.decl(metadata !227)
  %self1.i.i.i.i1.i.i = load i64, ptr %vector.i, align 8, !range !8, !alias.scope !230, !noalias !233, !noundef !3
  %7 = icmp eq i64 %self1.i.i.i.i1.i.i, 0
  br i1 %7, label %bb8.i, label %bb2.i.i.i2.i.i

bb2.i.i.i2.i.i:                                   ; preds = %cleanup3.i
  %alloc_size.i.i.i.i3.i.i = shl nuw i64 %self1.i.i.i.i1.i.i, 3
  %self3.i.i.i.i4.i.i = load ptr, ptr %vector1.sroa.4.0.vector.sroa_idx.i, align 8, !alias.scope !230, !noalias !233, !nonnull !3, !noundef !3
; call __rustc::__rust_dealloc
  tail call void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr noundef nonnull %self3.i.i.i.i4.i.i, i64 noundef %alloc_size.i.i.i.i3.i.i, i64 noundef range(i64 1, -9223372036854775807) 8) #21, !noalias !235
  br label %bb8.i

bb5.i:                                            ; preds = %bb1.i.i.i.i.i.i.i
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %_0, ptr noundef nonnull align 8 dereferenceable(24) %vector.i, i64 24, i1 false)
  br label %"_ZN111_$LT$alloc..vec..Vec$LT$T$GT$$u20$as$u20$alloc..vec..spec_from_iter_nested..SpecFromIterNested$LT$T$C$I$GT$$GT$9from_iter17h2c1aa2d3daad0a30E.exit"

bb8.i:                                            ; preds = %bb2.i.i.i2.i.i, %cleanup3.i
  resume { ptr, i32 } %6

"_ZN111_$LT$alloc..vec..Vec$LT$T$GT$$u20$as$u20$alloc..vec..spec_from_iter_nested..SpecFromIterNested$LT$T$C$I$GT$$GT$9from_iter17h2c1aa2d3daad0a30E.exit": ; preds = %bb12.i, %bb5.i
  call void @llvm.lifetime.end.p0(ptr nonnull %vector.i), !noalias !176
  ret void
}

; traits::apply_all
; Function Attrs: nonlazybind uwtable
define noundef i64 @_ZN6traits9apply_all17h7f7de1776908e1ceE(ptr noalias noundef nonnull readonly align 8 captures(none) %fs.0, i64 noundef range(i64 0, 576460752303423488) %fs.1, i64 noundef %x) unnamed_addr #4 personality ptr @rust_eh_personality {
start:
  %0 = icmp eq i64 %fs.1, 0
  br i1 %0, label %"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h75861efcb55fc7c0E.exit", label %bb8.i

bb8.i:                                            ; preds = %start, %bb8.i
  %i.sroa.0.0.i = phi i64 [ %_27.i, %bb8.i ], [ 0, %start ]
  %acc.sroa.0.0.i = phi i64 [ %_0.i.i, %bb8.i ], [ %x, %start ]
  %_45.i = getelementptr inbounds nuw { ptr, ptr }, ptr %fs.0, i64 %i.sroa.0.0.i
  tail call void @llvm.experimental.noalias.scope.decl(metadata !236)
  %_5.0.i.i = load ptr, ptr %_45.i, align 8, !alias.scope !236, !nonnull !3, !align !239, !noundef !3
  %1 = getelementptr inbounds nuw i8, ptr %_45.i, i64 8
  %_5.1.i.i = load ptr, ptr %1, align 8, !alias.scope !236, !nonnull !3, !align !4, !noundef !3
  %2 = getelementptr inbounds nuw i8, ptr %_5.1.i.i, i64 40
  %3 = load ptr, ptr %2, align 8, !invariant.load !3, !noalias !236, !nonnull !3
  %_0.i.i = tail call noundef i64 %3(ptr noundef nonnull align 1 %_5.0.i.i, i64 noundef %acc.sroa.0.0.i) #25, !noalias !236
  %_27.i = add nuw nsw i64 %i.sroa.0.0.i, 1
  %_28.i = icmp eq i64 %_27.i, %fs.1
  br i1 %_28.i, label %"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h75861efcb55fc7c0E.exit", label %bb8.i

"_ZN91_$LT$core..slice..iter..Iter$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17h75861efcb55fc7c0E.exit": ; preds = %bb8.i, %start
  %_0.sroa.0.0.i = phi i64 [ %x, %start ], [ %_0.i.i, %bb8.i ]
  ret i64 %_0.sroa.0.0.i
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #9

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #10

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #10

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #11

; __rustc::__rust_dealloc
; Function Attrs: nounwind nonlazybind allockind("free") uwtable
declare void @_RNvCsfLfy6EI15iL_7___rustc14___rust_dealloc(ptr allocptr noundef captures(address), i64 noundef, i64 noundef range(i64 1, -9223372036854775807)) unnamed_addr #12

; __rustc::__rust_realloc
; Function Attrs: nounwind nonlazybind allockind("realloc,aligned") allocsize(3) uwtable
declare noalias noundef ptr @_RNvCsfLfy6EI15iL_7___rustc14___rust_realloc(ptr allocptr noundef, i64 noundef, i64 allocalign noundef range(i64 1, -9223372036854775807), i64 noundef) unnamed_addr #13

; __rustc::__rust_no_alloc_shim_is_unstable_v2
; Function Attrs: nounwind nonlazybind uwtable
declare void @_RNvCsfLfy6EI15iL_7___rustc35___rust_no_alloc_shim_is_unstable_v2() unnamed_addr #14

; __rustc::__rust_alloc
; Function Attrs: nounwind nonlazybind allockind("alloc,uninitialized,aligned") allocsize(0) uwtable
declare noalias noundef ptr @_RNvCsfLfy6EI15iL_7___rustc12___rust_alloc(i64 noundef, i64 allocalign noundef range(i64 1, -9223372036854775807)) unnamed_addr #15

; alloc::alloc::handle_alloc_error
; Function Attrs: cold minsize noreturn nonlazybind optsize uwtable
declare void @_RNvNtCslNYArtu3iFV_5alloc5alloc18handle_alloc_error(i64 noundef range(i64 1, -9223372036854775807), i64 noundef) unnamed_addr #16

; Function Attrs: nounwind nonlazybind uwtable
declare noundef range(i32 0, 10) i32 @rust_eh_personality(i32 noundef, i32 noundef, i64 noundef, ptr noundef, ptr noundef) unnamed_addr #14

; core::panicking::panic_in_cleanup
; Function Attrs: cold minsize noinline noreturn nounwind nonlazybind optsize uwtable
declare void @_RNvNtCsgEmfK2I1SDS_4core9panicking16panic_in_cleanup() unnamed_addr #17

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64) #18

; alloc::raw_vec::handle_error
; Function Attrs: cold minsize noreturn nonlazybind optsize uwtable
declare void @_RNvNtCslNYArtu3iFV_5alloc7raw_vec12handle_error(i64 noundef range(i64 0, -9223372036854775807), i64) unnamed_addr #16

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #19

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #20

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i8 @llvm.umax.i8(i8, i8) #20

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #20

attributes #0 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(none) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #2 = { mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #3 = { inlinehint mustprogress nofree norecurse nosync nounwind nonlazybind willreturn memory(argmem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #4 = { nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #5 = { cold nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #6 = { cold nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #7 = { nofree noinline norecurse nosync nounwind nonlazybind memory(argmem: read) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #8 = { nofree norecurse nosync nounwind nonlazybind memory(argmem: readwrite) uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #9 = { mustprogress nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #10 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #11 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #12 = { nounwind nonlazybind allockind("free") uwtable "alloc-family"="__rust_alloc" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #13 = { nounwind nonlazybind allockind("realloc,aligned") allocsize(3) uwtable "alloc-family"="__rust_alloc" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #14 = { nounwind nonlazybind uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #15 = { nounwind nonlazybind allockind("alloc,uninitialized,aligned") allocsize(0) uwtable "alloc-family"="__rust_alloc" "alloc-variant-zeroed"="_RNvCsfLfy6EI15iL_7___rustc19___rust_alloc_zeroed" "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #16 = { cold minsize noreturn nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #17 = { cold minsize noinline noreturn nounwind nonlazybind optsize uwtable "probe-stack"="inline-asm" "target-cpu"="x86-64" }
attributes #18 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #19 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #20 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #21 = { nounwind }
attributes #22 = { cold }
attributes #23 = { cold noreturn nounwind }
attributes #24 = { noreturn }
attributes #25 = { inlinehint }
attributes #26 = { noinline }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 8, !"PIC Level", i32 2}
!1 = !{i32 2, !"RtLibUseGOT", i32 1}
!2 = !{!"rustc version 1.95.0 (59807616e 2026-04-14)"}
!3 = !{}
!4 = !{i64 8}
!5 = !{!6}
!6 = distinct !{!6, !7, !"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17ha08770770516fd1bE: %self"}
!7 = distinct !{!7, !"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17ha08770770516fd1bE"}
!8 = !{i64 0, i64 -9223372036854775808}
!9 = !{i64 1, i64 536870913}
!10 = !{!11}
!11 = distinct !{!11, !12, !"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17ha08770770516fd1bE: %self"}
!12 = distinct !{!12, !"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17ha08770770516fd1bE"}
!13 = !{!14}
!14 = distinct !{!14, !15, !"_ZN70_$LT$alloc..vec..Vec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hf0eb68304040417dE: %self"}
!15 = distinct !{!15, !"_ZN70_$LT$alloc..vec..Vec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hf0eb68304040417dE"}
!16 = !{!17}
!17 = distinct !{!17, !18, !"_ZN4core3ptr77drop_in_place$LT$$u5b$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$u5d$$GT$17h5c2bda9a696e10caE: %_1.0"}
!18 = distinct !{!18, !"_ZN4core3ptr77drop_in_place$LT$$u5b$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$u5d$$GT$17h5c2bda9a696e10caE"}
!19 = !{!20}
!20 = distinct !{!20, !21, !"_ZN4core3ptr67drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$GT$17hfe18cd51e5624be8E: %_1"}
!21 = distinct !{!21, !"_ZN4core3ptr67drop_in_place$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$GT$17hfe18cd51e5624be8E"}
!22 = !{!20, !17}
!23 = !{!20, !17, !14}
!24 = !{!25}
!25 = distinct !{!25, !26, !"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17ha08770770516fd1bE: %self"}
!26 = distinct !{!26, !"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17ha08770770516fd1bE"}
!27 = !{!25, !20, !17, !14}
!28 = !{!25, !20, !17}
!29 = !{!30, !20, !17, !14}
!30 = distinct !{!30, !31, !"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17ha08770770516fd1bE: %self"}
!31 = distinct !{!31, !"_ZN72_$LT$alloc..boxed..Box$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17ha08770770516fd1bE"}
!32 = !{!17, !14}
!33 = !{!34}
!34 = distinct !{!34, !35, !"_ZN4core3ptr97drop_in_place$LT$alloc..raw_vec..RawVec$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$GT$$GT$17h266ce8509541489eE: %_1"}
!35 = distinct !{!35, !"_ZN4core3ptr97drop_in_place$LT$alloc..raw_vec..RawVec$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$GT$$GT$17h266ce8509541489eE"}
!36 = !{!37}
!37 = distinct !{!37, !38, !"_ZN77_$LT$alloc..raw_vec..RawVec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h970e664543289241E: %self"}
!38 = distinct !{!38, !"_ZN77_$LT$alloc..raw_vec..RawVec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h970e664543289241E"}
!39 = !{!40}
!40 = distinct !{!40, !41, !"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$10deallocate17hbfc200e6c27201cfE: %self"}
!41 = distinct !{!41, !"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$10deallocate17hbfc200e6c27201cfE"}
!42 = !{!43, !40, !37, !34}
!43 = distinct !{!43, !44, !"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$14current_memory17h0875ca37c14cdbf6E: %self"}
!44 = distinct !{!44, !"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$14current_memory17h0875ca37c14cdbf6E"}
!45 = !{!46}
!46 = distinct !{!46, !44, !"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$14current_memory17h0875ca37c14cdbf6E: %_0"}
!47 = !{!40, !37, !34}
!48 = !{!49}
!49 = distinct !{!49, !50, !"_ZN4core3ptr97drop_in_place$LT$alloc..raw_vec..RawVec$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$GT$$GT$17h266ce8509541489eE: %_1"}
!50 = distinct !{!50, !"_ZN4core3ptr97drop_in_place$LT$alloc..raw_vec..RawVec$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$GT$$GT$17h266ce8509541489eE"}
!51 = !{!52}
!52 = distinct !{!52, !53, !"_ZN77_$LT$alloc..raw_vec..RawVec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h970e664543289241E: %self"}
!53 = distinct !{!53, !"_ZN77_$LT$alloc..raw_vec..RawVec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h970e664543289241E"}
!54 = !{!55}
!55 = distinct !{!55, !56, !"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$10deallocate17hbfc200e6c27201cfE: %self"}
!56 = distinct !{!56, !"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$10deallocate17hbfc200e6c27201cfE"}
!57 = !{!58, !55, !52, !49}
!58 = distinct !{!58, !59, !"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$14current_memory17h0875ca37c14cdbf6E: %self"}
!59 = distinct !{!59, !"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$14current_memory17h0875ca37c14cdbf6E"}
!60 = !{!61}
!61 = distinct !{!61, !59, !"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$14current_memory17h0875ca37c14cdbf6E: %_0"}
!62 = !{!55, !52, !49}
!63 = !{!"branch_weights", i32 2002, i32 2000}
!64 = !{!65}
!65 = distinct !{!65, !66, !"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$14current_memory17h0875ca37c14cdbf6E: %self"}
!66 = distinct !{!66, !"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$14current_memory17h0875ca37c14cdbf6E"}
!67 = !{!68}
!68 = distinct !{!68, !66, !"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$14current_memory17h0875ca37c14cdbf6E: %_0"}
!69 = !{!70}
!70 = distinct !{!70, !71, !"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$14grow_amortized17h6f4f9ff7c29db3fbE: %self"}
!71 = distinct !{!71, !"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$14grow_amortized17h6f4f9ff7c29db3fbE"}
!72 = !{i64 0, i64 2}
!73 = !{i64 0, i64 -9223372036854775807}
!74 = !{!"branch_weights", !"expected", i32 1, i32 2000}
!75 = !{!76}
!76 = distinct !{!76, !77, !"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17hc23a13872613d354E: %elt"}
!77 = distinct !{!77, !"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17hc23a13872613d354E"}
!78 = !{!79}
!79 = distinct !{!79, !80, !"_ZN6traits10total_area28_$u7b$$u7b$closure$u7d$$u7d$17h218a5aa8b2b8fc13E: %s"}
!80 = distinct !{!80, !"_ZN6traits10total_area28_$u7b$$u7b$closure$u7d$$u7d$17h218a5aa8b2b8fc13E"}
!81 = !{!79, !76}
!82 = !{!83, !84, !85}
!83 = distinct !{!83, !80, !"_ZN6traits10total_area28_$u7b$$u7b$closure$u7d$$u7d$17h218a5aa8b2b8fc13E: %_1"}
!84 = distinct !{!84, !77, !"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17hc23a13872613d354E: %_1"}
!85 = distinct !{!85, !86, !"_ZN94_$LT$core..slice..iter..IterMut$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17ha442133b69a653ebE: argument 0"}
!86 = distinct !{!86, !"_ZN94_$LT$core..slice..iter..IterMut$LT$T$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17ha442133b69a653ebE"}
!87 = !{!83, !79, !84, !76, !85}
!88 = distinct !{!88, !89}
!89 = !{!"llvm.loop.unroll.disable"}
!90 = distinct !{!90, !89}
!91 = !{!92}
!92 = distinct !{!92, !93, !"_ZN111_$LT$alloc..vec..Vec$LT$T$GT$$u20$as$u20$alloc..vec..spec_from_iter_nested..SpecFromIterNested$LT$T$C$I$GT$$GT$9from_iter17haddd64defd40ecc9E: %_0"}
!93 = distinct !{!93, !"_ZN111_$LT$alloc..vec..Vec$LT$T$GT$$u20$as$u20$alloc..vec..spec_from_iter_nested..SpecFromIterNested$LT$T$C$I$GT$$GT$9from_iter17haddd64defd40ecc9E"}
!94 = !{!95, !92}
!95 = distinct !{!95, !96, !"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$15try_allocate_in17h733e4cfb7b8ef888E: %_0"}
!96 = distinct !{!96, !"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$15try_allocate_in17h733e4cfb7b8ef888E"}
!97 = !{!98}
!98 = distinct !{!98, !99, !"_ZN97_$LT$alloc..vec..Vec$LT$T$C$A$GT$$u20$as$u20$alloc..vec..spec_extend..SpecExtend$LT$T$C$I$GT$$GT$11spec_extend17h80d64dc16c017042E: %self"}
!99 = distinct !{!99, !"_ZN97_$LT$alloc..vec..Vec$LT$T$C$A$GT$$u20$as$u20$alloc..vec..spec_extend..SpecExtend$LT$T$C$I$GT$$GT$11spec_extend17h80d64dc16c017042E"}
!100 = !{!101}
!101 = distinct !{!101, !102, !"_ZN5alloc3vec16Vec$LT$T$C$A$GT$14extend_trusted17hc6e36ed1f3a32dbdE: %self"}
!102 = distinct !{!102, !"_ZN5alloc3vec16Vec$LT$T$C$A$GT$14extend_trusted17hc6e36ed1f3a32dbdE"}
!103 = !{!104, !106, !108, !110, !101, !98, !92}
!104 = distinct !{!104, !105, !"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17ha36fcdf631bcc382E: %_1"}
!105 = distinct !{!105, !"_ZN4core4iter8adapters3map8map_fold28_$u7b$$u7b$closure$u7d$$u7d$17ha36fcdf631bcc382E"}
!106 = distinct !{!106, !107, !"_ZN4core4iter6traits8iterator8Iterator4fold17hf043f198fe51c3b4E: %f"}
!107 = distinct !{!107, !"_ZN4core4iter6traits8iterator8Iterator4fold17hf043f198fe51c3b4E"}
!108 = distinct !{!108, !109, !"_ZN102_$LT$core..iter..adapters..map..Map$LT$I$C$F$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17hba9fb56b911197bfE: %g"}
!109 = distinct !{!109, !"_ZN102_$LT$core..iter..adapters..map..Map$LT$I$C$F$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4fold17hba9fb56b911197bfE"}
!110 = distinct !{!110, !111, !"_ZN4core4iter6traits8iterator8Iterator8for_each17hb1742162864c1ce9E: %f"}
!111 = distinct !{!111, !"_ZN4core4iter6traits8iterator8Iterator8for_each17hb1742162864c1ce9E"}
!112 = !{!106, !108, !110, !101, !98, !92}
!113 = !{!114, !116, !117, !119, !104, !106, !108, !110, !101, !98, !92}
!114 = distinct !{!114, !115, !"_ZN5alloc3vec16Vec$LT$T$C$A$GT$14extend_trusted28_$u7b$$u7b$closure$u7d$$u7d$17h5b16cfd02db82addE: %_1"}
!115 = distinct !{!115, !"_ZN5alloc3vec16Vec$LT$T$C$A$GT$14extend_trusted28_$u7b$$u7b$closure$u7d$$u7d$17h5b16cfd02db82addE"}
!116 = distinct !{!116, !115, !"_ZN5alloc3vec16Vec$LT$T$C$A$GT$14extend_trusted28_$u7b$$u7b$closure$u7d$$u7d$17h5b16cfd02db82addE: %element.1"}
!117 = distinct !{!117, !118, !"_ZN4core4iter6traits8iterator8Iterator8for_each4call28_$u7b$$u7b$closure$u7d$$u7d$17h9db7f4b5eb19fe5dE: %_1"}
!118 = distinct !{!118, !"_ZN4core4iter6traits8iterator8Iterator8for_each4call28_$u7b$$u7b$closure$u7d$$u7d$17h9db7f4b5eb19fe5dE"}
!119 = distinct !{!119, !118, !"_ZN4core4iter6traits8iterator8Iterator8for_each4call28_$u7b$$u7b$closure$u7d$$u7d$17h9db7f4b5eb19fe5dE: %item.1"}
!120 = !{!101, !98}
!121 = !{!122, !124, !126, !128, !130, !106, !108, !110, !92}
!122 = distinct !{!122, !123, !"_RNvXs_NtNtCslNYArtu3iFV_5alloc3vec15set_len_on_dropNtB4_12SetLenOnDropNtNtNtCsgEmfK2I1SDS_4core3ops4drop4Drop4drop: %self"}
!123 = distinct !{!123, !"_RNvXs_NtNtCslNYArtu3iFV_5alloc3vec15set_len_on_dropNtB4_12SetLenOnDropNtNtNtCsgEmfK2I1SDS_4core3ops4drop4Drop4drop"}
!124 = distinct !{!124, !125, !"_ZN4core3ptr62drop_in_place$LT$alloc..vec..set_len_on_drop..SetLenOnDrop$GT$17h9d51abf39994cf09E: %_1"}
!125 = distinct !{!125, !"_ZN4core3ptr62drop_in_place$LT$alloc..vec..set_len_on_drop..SetLenOnDrop$GT$17h9d51abf39994cf09E"}
!126 = distinct !{!126, !127, !"_ZN4core3ptr268drop_in_place$LT$alloc..vec..Vec$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$GT$..extend_trusted$LT$core..iter..adapters..map..Map$LT$core..ops..range..Range$LT$usize$GT$$C$traits..make_shapes..$u7b$$u7b$closure$u7d$$u7d$$GT$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17h48b92bc8a7f26298E: %_1"}
!127 = distinct !{!127, !"_ZN4core3ptr268drop_in_place$LT$alloc..vec..Vec$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$GT$..extend_trusted$LT$core..iter..adapters..map..Map$LT$core..ops..range..Range$LT$usize$GT$$C$traits..make_shapes..$u7b$$u7b$closure$u7d$$u7d$$GT$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17h48b92bc8a7f26298E"}
!128 = distinct !{!128, !129, !"_ZN4core3ptr408drop_in_place$LT$core..iter..traits..iterator..Iterator..for_each..call$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$C$alloc..vec..Vec$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$GT$..extend_trusted$LT$core..iter..adapters..map..Map$LT$core..ops..range..Range$LT$usize$GT$$C$traits..make_shapes..$u7b$$u7b$closure$u7d$$u7d$$GT$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17h65fc6ad7011ea3a4E: %_1"}
!129 = distinct !{!129, !"_ZN4core3ptr408drop_in_place$LT$core..iter..traits..iterator..Iterator..for_each..call$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$C$alloc..vec..Vec$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$GT$..extend_trusted$LT$core..iter..adapters..map..Map$LT$core..ops..range..Range$LT$usize$GT$$C$traits..make_shapes..$u7b$$u7b$closure$u7d$$u7d$$GT$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17h65fc6ad7011ea3a4E"}
!130 = distinct !{!130, !131, !"_ZN4core3ptr599drop_in_place$LT$core..iter..adapters..map..map_fold$LT$usize$C$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$C$$LP$$RP$$C$traits..make_shapes..$u7b$$u7b$closure$u7d$$u7d$$C$core..iter..traits..iterator..Iterator..for_each..call$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$C$alloc..vec..Vec$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$GT$..extend_trusted$LT$core..iter..adapters..map..Map$LT$core..ops..range..Range$LT$usize$GT$$C$traits..make_shapes..$u7b$$u7b$closure$u7d$$u7d$$GT$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17hef3a1916d51f6c3dE: %_1"}
!131 = distinct !{!131, !"_ZN4core3ptr599drop_in_place$LT$core..iter..adapters..map..map_fold$LT$usize$C$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$C$$LP$$RP$$C$traits..make_shapes..$u7b$$u7b$closure$u7d$$u7d$$C$core..iter..traits..iterator..Iterator..for_each..call$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$C$alloc..vec..Vec$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$GT$..extend_trusted$LT$core..iter..adapters..map..Map$LT$core..ops..range..Range$LT$usize$GT$$C$traits..make_shapes..$u7b$$u7b$closure$u7d$$u7d$$GT$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17hef3a1916d51f6c3dE"}
!132 = !{!133, !135, !137, !139, !141, !106, !108, !110, !92}
!133 = distinct !{!133, !134, !"_RNvXs_NtNtCslNYArtu3iFV_5alloc3vec15set_len_on_dropNtB4_12SetLenOnDropNtNtNtCsgEmfK2I1SDS_4core3ops4drop4Drop4drop: %self"}
!134 = distinct !{!134, !"_RNvXs_NtNtCslNYArtu3iFV_5alloc3vec15set_len_on_dropNtB4_12SetLenOnDropNtNtNtCsgEmfK2I1SDS_4core3ops4drop4Drop4drop"}
!135 = distinct !{!135, !136, !"_ZN4core3ptr62drop_in_place$LT$alloc..vec..set_len_on_drop..SetLenOnDrop$GT$17h9d51abf39994cf09E: %_1"}
!136 = distinct !{!136, !"_ZN4core3ptr62drop_in_place$LT$alloc..vec..set_len_on_drop..SetLenOnDrop$GT$17h9d51abf39994cf09E"}
!137 = distinct !{!137, !138, !"_ZN4core3ptr268drop_in_place$LT$alloc..vec..Vec$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$GT$..extend_trusted$LT$core..iter..adapters..map..Map$LT$core..ops..range..Range$LT$usize$GT$$C$traits..make_shapes..$u7b$$u7b$closure$u7d$$u7d$$GT$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17h48b92bc8a7f26298E: %_1"}
!138 = distinct !{!138, !"_ZN4core3ptr268drop_in_place$LT$alloc..vec..Vec$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$GT$..extend_trusted$LT$core..iter..adapters..map..Map$LT$core..ops..range..Range$LT$usize$GT$$C$traits..make_shapes..$u7b$$u7b$closure$u7d$$u7d$$GT$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17h48b92bc8a7f26298E"}
!139 = distinct !{!139, !140, !"_ZN4core3ptr408drop_in_place$LT$core..iter..traits..iterator..Iterator..for_each..call$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$C$alloc..vec..Vec$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$GT$..extend_trusted$LT$core..iter..adapters..map..Map$LT$core..ops..range..Range$LT$usize$GT$$C$traits..make_shapes..$u7b$$u7b$closure$u7d$$u7d$$GT$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17h65fc6ad7011ea3a4E: %_1"}
!140 = distinct !{!140, !"_ZN4core3ptr408drop_in_place$LT$core..iter..traits..iterator..Iterator..for_each..call$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$C$alloc..vec..Vec$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$GT$..extend_trusted$LT$core..iter..adapters..map..Map$LT$core..ops..range..Range$LT$usize$GT$$C$traits..make_shapes..$u7b$$u7b$closure$u7d$$u7d$$GT$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17h65fc6ad7011ea3a4E"}
!141 = distinct !{!141, !142, !"_ZN4core3ptr599drop_in_place$LT$core..iter..adapters..map..map_fold$LT$usize$C$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$C$$LP$$RP$$C$traits..make_shapes..$u7b$$u7b$closure$u7d$$u7d$$C$core..iter..traits..iterator..Iterator..for_each..call$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$C$alloc..vec..Vec$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$GT$..extend_trusted$LT$core..iter..adapters..map..Map$LT$core..ops..range..Range$LT$usize$GT$$C$traits..make_shapes..$u7b$$u7b$closure$u7d$$u7d$$GT$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17hef3a1916d51f6c3dE: %_1"}
!142 = distinct !{!142, !"_ZN4core3ptr599drop_in_place$LT$core..iter..adapters..map..map_fold$LT$usize$C$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$C$$LP$$RP$$C$traits..make_shapes..$u7b$$u7b$closure$u7d$$u7d$$C$core..iter..traits..iterator..Iterator..for_each..call$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$C$alloc..vec..Vec$LT$alloc..boxed..Box$LT$dyn$u20$traits..Shape$GT$$GT$..extend_trusted$LT$core..iter..adapters..map..Map$LT$core..ops..range..Range$LT$usize$GT$$C$traits..make_shapes..$u7b$$u7b$closure$u7d$$u7d$$GT$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17hef3a1916d51f6c3dE"}
!143 = !{!144}
!144 = distinct !{!144, !145, !"_ZN4core3ptr42drop_in_place$LT$alloc..string..String$GT$17he077c15082b1d394E: %_1"}
!145 = distinct !{!145, !"_ZN4core3ptr42drop_in_place$LT$alloc..string..String$GT$17he077c15082b1d394E"}
!146 = !{!147}
!147 = distinct !{!147, !148, !"_ZN4core3ptr46drop_in_place$LT$alloc..vec..Vec$LT$u8$GT$$GT$17hf38570d422d9aa06E: %_1"}
!148 = distinct !{!148, !"_ZN4core3ptr46drop_in_place$LT$alloc..vec..Vec$LT$u8$GT$$GT$17hf38570d422d9aa06E"}
!149 = !{!150}
!150 = distinct !{!150, !151, !"_ZN4core3ptr53drop_in_place$LT$alloc..raw_vec..RawVec$LT$u8$GT$$GT$17h2755559e30f4abf8E: %_1"}
!151 = distinct !{!151, !"_ZN4core3ptr53drop_in_place$LT$alloc..raw_vec..RawVec$LT$u8$GT$$GT$17h2755559e30f4abf8E"}
!152 = !{!153}
!153 = distinct !{!153, !154, !"_ZN77_$LT$alloc..raw_vec..RawVec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h8cbe8f0b8fa89315E: %self"}
!154 = distinct !{!154, !"_ZN77_$LT$alloc..raw_vec..RawVec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h8cbe8f0b8fa89315E"}
!155 = !{!156}
!156 = distinct !{!156, !157, !"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$10deallocate17hbfc200e6c27201cfE: %self"}
!157 = distinct !{!157, !"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$10deallocate17hbfc200e6c27201cfE"}
!158 = !{!159, !156, !153, !150, !147, !144}
!159 = distinct !{!159, !160, !"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$14current_memory17h0875ca37c14cdbf6E: %self"}
!160 = distinct !{!160, !"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$14current_memory17h0875ca37c14cdbf6E"}
!161 = !{!162}
!162 = distinct !{!162, !160, !"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$14current_memory17h0875ca37c14cdbf6E: %_0"}
!163 = !{!156, !153, !150, !147, !144}
!164 = !{!165}
!165 = distinct !{!165, !166, !"_ZN5alloc3vec16Vec$LT$T$C$A$GT$15append_elements17habd03364b4604de1E: %self"}
!166 = distinct !{!166, !"_ZN5alloc3vec16Vec$LT$T$C$A$GT$15append_elements17habd03364b4604de1E"}
!167 = !{!168, !165}
!168 = distinct !{!168, !169, !"_ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17hc9047d3283cb0810E: %self"}
!169 = distinct !{!169, !"_ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17hc9047d3283cb0810E"}
!170 = !{!171, !173}
!171 = distinct !{!171, !172, !"_ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17hc9047d3283cb0810E: %self"}
!172 = distinct !{!172, !"_ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17hc9047d3283cb0810E"}
!173 = distinct !{!173, !174, !"_RNvMNtCslNYArtu3iFV_5alloc6stringNtB2_6String4push: %self"}
!174 = distinct !{!174, !"_RNvMNtCslNYArtu3iFV_5alloc6stringNtB2_6String4push"}
!175 = !{!173}
!176 = !{!177}
!177 = distinct !{!177, !178, !"_ZN111_$LT$alloc..vec..Vec$LT$T$GT$$u20$as$u20$alloc..vec..spec_from_iter_nested..SpecFromIterNested$LT$T$C$I$GT$$GT$9from_iter17h2c1aa2d3daad0a30E: %_0"}
!178 = distinct !{!178, !"_ZN111_$LT$alloc..vec..Vec$LT$T$GT$$u20$as$u20$alloc..vec..spec_from_iter_nested..SpecFromIterNested$LT$T$C$I$GT$$GT$9from_iter17h2c1aa2d3daad0a30E"}
!179 = !{!180, !182}
!180 = distinct !{!180, !181, !"_ZN6traits7lengths28_$u7b$$u7b$closure$u7d$$u7d$17he838190f8d8bc4d5E: %s"}
!181 = distinct !{!181, !"_ZN6traits7lengths28_$u7b$$u7b$closure$u7d$$u7d$17he838190f8d8bc4d5E"}
!182 = distinct !{!182, !183, !"_ZN4core4iter8adapters3map12map_try_fold28_$u7b$$u7b$closure$u7d$$u7d$17hd50f385191960fe6E: %elt"}
!183 = distinct !{!183, !"_ZN4core4iter8adapters3map12map_try_fold28_$u7b$$u7b$closure$u7d$$u7d$17hd50f385191960fe6E"}
!184 = !{!185, !187, !189, !191, !177}
!185 = distinct !{!185, !186, !"_ZN4core4iter6traits8iterator8Iterator8try_fold17h75581f16b988b426E: %self"}
!186 = distinct !{!186, !"_ZN4core4iter6traits8iterator8Iterator8try_fold17h75581f16b988b426E"}
!187 = distinct !{!187, !188, !"_ZN102_$LT$core..iter..adapters..map..Map$LT$I$C$F$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$8try_fold17h9157b6f7a3aa2c06E: %self"}
!188 = distinct !{!188, !"_ZN102_$LT$core..iter..adapters..map..Map$LT$I$C$F$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$8try_fold17h9157b6f7a3aa2c06E"}
!189 = distinct !{!189, !190, !"_ZN4core4iter6traits8iterator8Iterator4find17h22f7dfe907ad87e7E: %self"}
!190 = distinct !{!190, !"_ZN4core4iter6traits8iterator8Iterator4find17h22f7dfe907ad87e7E"}
!191 = distinct !{!191, !192, !"_ZN108_$LT$core..iter..adapters..filter..Filter$LT$I$C$P$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4next17h578a3485469308d2E: %self"}
!192 = distinct !{!192, !"_ZN108_$LT$core..iter..adapters..filter..Filter$LT$I$C$P$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4next17h578a3485469308d2E"}
!193 = !{!194, !177}
!194 = distinct !{!194, !195, !"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$15try_allocate_in17h733e4cfb7b8ef888E: %_0"}
!195 = distinct !{!195, !"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$15try_allocate_in17h733e4cfb7b8ef888E"}
!196 = !{!197}
!197 = distinct !{!197, !198, !"_ZN97_$LT$alloc..vec..Vec$LT$T$C$A$GT$$u20$as$u20$alloc..vec..spec_extend..SpecExtend$LT$T$C$I$GT$$GT$11spec_extend17h9e38aa413830645cE: %self"}
!198 = distinct !{!198, !"_ZN97_$LT$alloc..vec..Vec$LT$T$C$A$GT$$u20$as$u20$alloc..vec..spec_extend..SpecExtend$LT$T$C$I$GT$$GT$11spec_extend17h9e38aa413830645cE"}
!199 = !{!200}
!200 = distinct !{!200, !201, !"_ZN5alloc3vec16Vec$LT$T$C$A$GT$16extend_desugared17h76b75043e987036aE: %self"}
!201 = distinct !{!201, !"_ZN5alloc3vec16Vec$LT$T$C$A$GT$16extend_desugared17h76b75043e987036aE"}
!202 = !{!203, !205}
!203 = distinct !{!203, !204, !"_ZN6traits7lengths28_$u7b$$u7b$closure$u7d$$u7d$17he838190f8d8bc4d5E: %s"}
!204 = distinct !{!204, !"_ZN6traits7lengths28_$u7b$$u7b$closure$u7d$$u7d$17he838190f8d8bc4d5E"}
!205 = distinct !{!205, !206, !"_ZN4core4iter8adapters3map12map_try_fold28_$u7b$$u7b$closure$u7d$$u7d$17hd50f385191960fe6E: %elt"}
!206 = distinct !{!206, !"_ZN4core4iter8adapters3map12map_try_fold28_$u7b$$u7b$closure$u7d$$u7d$17hd50f385191960fe6E"}
!207 = !{!208, !210, !212, !214, !200, !197, !177}
!208 = distinct !{!208, !209, !"_ZN4core4iter6traits8iterator8Iterator8try_fold17h75581f16b988b426E: %self"}
!209 = distinct !{!209, !"_ZN4core4iter6traits8iterator8Iterator8try_fold17h75581f16b988b426E"}
!210 = distinct !{!210, !211, !"_ZN102_$LT$core..iter..adapters..map..Map$LT$I$C$F$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$8try_fold17h9157b6f7a3aa2c06E: %self"}
!211 = distinct !{!211, !"_ZN102_$LT$core..iter..adapters..map..Map$LT$I$C$F$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$8try_fold17h9157b6f7a3aa2c06E"}
!212 = distinct !{!212, !213, !"_ZN4core4iter6traits8iterator8Iterator4find17h22f7dfe907ad87e7E: %self"}
!213 = distinct !{!213, !"_ZN4core4iter6traits8iterator8Iterator4find17h22f7dfe907ad87e7E"}
!214 = distinct !{!214, !215, !"_ZN108_$LT$core..iter..adapters..filter..Filter$LT$I$C$P$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4next17h578a3485469308d2E: %self"}
!215 = distinct !{!215, !"_ZN108_$LT$core..iter..adapters..filter..Filter$LT$I$C$P$GT$$u20$as$u20$core..iter..traits..iterator..Iterator$GT$4next17h578a3485469308d2E"}
!216 = !{!200, !197}
!217 = !{!200, !197, !177}
!218 = !{!219}
!219 = distinct !{!219, !220, !"_ZN4core3ptr49drop_in_place$LT$alloc..vec..Vec$LT$usize$GT$$GT$17h751283c6ae118704E: %_1"}
!220 = distinct !{!220, !"_ZN4core3ptr49drop_in_place$LT$alloc..vec..Vec$LT$usize$GT$$GT$17h751283c6ae118704E"}
!221 = !{!222}
!222 = distinct !{!222, !223, !"_ZN4core3ptr56drop_in_place$LT$alloc..raw_vec..RawVec$LT$usize$GT$$GT$17h7e95c214c6fda397E: %_1"}
!223 = distinct !{!223, !"_ZN4core3ptr56drop_in_place$LT$alloc..raw_vec..RawVec$LT$usize$GT$$GT$17h7e95c214c6fda397E"}
!224 = !{!225}
!225 = distinct !{!225, !226, !"_ZN77_$LT$alloc..raw_vec..RawVec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hba0723841b1cd9dcE: %self"}
!226 = distinct !{!226, !"_ZN77_$LT$alloc..raw_vec..RawVec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17hba0723841b1cd9dcE"}
!227 = !{!228}
!228 = distinct !{!228, !229, !"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$10deallocate17hbfc200e6c27201cfE: %self"}
!229 = distinct !{!229, !"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$10deallocate17hbfc200e6c27201cfE"}
!230 = !{!231, !228, !225, !222, !219}
!231 = distinct !{!231, !232, !"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$14current_memory17h0875ca37c14cdbf6E: %self"}
!232 = distinct !{!232, !"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$14current_memory17h0875ca37c14cdbf6E"}
!233 = !{!234, !177}
!234 = distinct !{!234, !232, !"_ZN5alloc7raw_vec20RawVecInner$LT$A$GT$14current_memory17h0875ca37c14cdbf6E: %_0"}
!235 = !{!228, !225, !222, !219, !177}
!236 = !{!237}
!237 = distinct !{!237, !238, !"_ZN6traits9apply_all28_$u7b$$u7b$closure$u7d$$u7d$17hd9baa9f751faba8fE: %f"}
!238 = distinct !{!238, !"_ZN6traits9apply_all28_$u7b$$u7b$closure$u7d$$u7d$17hd9baa9f751faba8fE"}
!239 = !{i64 1}
